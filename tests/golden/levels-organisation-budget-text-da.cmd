levels examples/organisation-budget -s kvartaler-2027 -m samsoe --lang da
