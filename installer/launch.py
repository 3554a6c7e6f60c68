"""The frozen program's entry point (PyInstaller's script): the same ``main`` as ``dibao-desk``."""

from dibao_desk.main import main

if __name__ == "__main__":
    raise SystemExit(main())
