"""Print-ready PDFs (reportlab, with the shipped CJK font embedded as a subset):
public notices, the procedure's forms and the household placard.

This package takes plain data (dataclasses of strings and numbers) and writes a
PDF; it never reads the store. ``services.printing`` gathers the data.
"""
