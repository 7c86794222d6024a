risk examples/quick-start --runs 100 --format json
