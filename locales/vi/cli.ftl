## The `homecell` admin command line
cli-no-cluster = DATA_DIR { $dir }: thư mục này chưa có cơ sở dữ liệu của homecell (kiểm tra lại DATA_DIR, hoặc đặt DATABASE_URL; `homecell migrate` tạo cơ sở dữ liệu mới ở đây)
