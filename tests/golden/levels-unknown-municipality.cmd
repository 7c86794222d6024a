levels examples/quick-start --municipality samso
