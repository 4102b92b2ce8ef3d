"""gongshi: validate, build and search 双公示 (licensing and penalty disclosure) columns."""
