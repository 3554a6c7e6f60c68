"""dibao-desk: 最低生活保障 case work for a township social-affairs office."""

import logging

__version__ = "0.1.0"
APP_NAME = "dibao-desk"

# What the program logs goes to the data folder's dibao-desk.log (services.context), never to
# the terminal: without a handler of its own, a warning logged before that file is open would be
# printed by Python's last-resort handler, in English, among a command's Chinese output.
logging.getLogger(__name__).addHandler(logging.NullHandler())
