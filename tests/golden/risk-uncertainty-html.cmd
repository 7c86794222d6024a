risk examples/uncertainty --runs 500 --format html
