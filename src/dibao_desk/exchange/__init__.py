"""Excel in and out: rosters read with python-calamine, workbooks written with openpyxl.

``safety`` checks any workbook or zip package before it is parsed.
"""
