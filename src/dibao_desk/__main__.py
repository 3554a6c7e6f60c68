from dibao_desk.cli import main

raise SystemExit(main())
