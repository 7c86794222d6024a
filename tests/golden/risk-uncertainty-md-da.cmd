risk examples/uncertainty --runs 2000 --seed 7 --format md --lang da
