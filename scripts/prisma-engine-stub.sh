#!/bin/sh
# Stands in for Prisma's native schema engine, which cannot be downloaded offline; `prisma generate` only needs a path.
echo "homecell: the native Prisma schema engine is not available here; see README (Migrations)" >&2
exit 1
