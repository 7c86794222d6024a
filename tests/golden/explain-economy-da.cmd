explain examples/organisation-budget -s kvartaler-2027 norddjurs/vmw-prod --lang da
