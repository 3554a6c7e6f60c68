"""dibao-desk: 最低生活保障 case work for a township social-affairs office."""

__version__ = "0.1.0"
APP_NAME = "dibao-desk"
