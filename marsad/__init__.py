"""Marsad (مرصد): find who, when, who met whom and who said what in Arabic news.

The backend package; it never imports streamlit.
"""

__version__ = "0.1.0"
