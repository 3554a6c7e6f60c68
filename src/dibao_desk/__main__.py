from dibao_desk.main import launch

raise SystemExit(launch())
