from dibao_desk.main import main

raise SystemExit(main())
