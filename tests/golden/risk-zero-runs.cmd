risk examples/quick-start --runs 0
