levels examples/organisation-budget -s kvartaler-2027 -m norddjurs --format md
