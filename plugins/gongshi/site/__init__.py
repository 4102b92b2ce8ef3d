"""The public site: columns, record pages, feeds and the Pelican adapter."""
