levels examples/quick-start --municipality samsoe --format md --lang da
