compare examples/organisation-budget -s kvartaler-2027 -s halvaar-2027
