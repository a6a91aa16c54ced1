"""Articles in: text files, JSON Lines and saved web pages, read and decoded (``reading``,
``decoding``, ``webpages``), and the body of an article told from its site chrome (``scope``)."""
