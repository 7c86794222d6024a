plan examples/organisation-budget -s kvartaler-2027 --format html --lang da --no-graph
