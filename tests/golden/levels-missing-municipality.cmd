levels examples/quick-start
