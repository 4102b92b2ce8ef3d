"""Data in and out: import from Excel/CSV, export in the national exchange format.

fields     the national template's columns (B2 order, abbreviations, version A names) and header matching
normalise  messy cell values → record values (dates, 万元, codes, statuses, categories, 处罚类别)
read       .xlsx and .csv readers (UTF-8 with or without BOM, GB18030)
convert    one row → one record's data, with the column each value came from
check      one record checked as ``gongshi validate`` checks its file
tree       the department an import writes into and the 文号 it already has
importer   ``gongshi import``
export     ``write_exports``: licenses|penalties.csv|.xlsx|.json for the site's /data/ folders
xlsx       byte-for-byte reproducible XLSX files
batch      ``gongshi export --since``: the batch for the upstream platforms, withdrawn.json, manifest.json
"""
