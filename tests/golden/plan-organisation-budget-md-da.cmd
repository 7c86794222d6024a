plan examples/organisation-budget -s kvartaler-2027 --format md --lang da
