"""The frozen program's entry point (PyInstaller's script): the same ``launch`` as ``dibao-desk``."""

from dibao_desk.main import launch

if __name__ == "__main__":
    raise SystemExit(launch())
