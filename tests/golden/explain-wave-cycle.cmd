explain examples/waves-capacity -s kvartaler skive/ad
