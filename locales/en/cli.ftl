## The `homecell` admin command line
cli-no-cluster = DATA_DIR { $dir }: no homecell database in this directory (check DATA_DIR, or set DATABASE_URL; `homecell migrate` creates a new one here)
