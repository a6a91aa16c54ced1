# pt219: Témoignages, Qualitropic's first anniversary (2006).
BODY_START = "Un outil performant"  # "Education-Formation" is the section tag
BODY_END = None

Q = "Qualitropic"
RECORDS = [
    P("Michel Deleflie", [("Michel Deleflie", 1), ("Michel Deleflie", 2)],
      roles=[("le [président] de l’association", Q)]),
    P("Françoise Delebaere", [("Françoise Delebaere", 1), ("Françoise Delebaere", 2)],
      roles=[("directrice", Q)]),
    P("Maya Césari", ["Maya Césari"], roles=[("chercheuse", None)]),

    O(Q, "association", [(Q, i) for i in (1, 2, 3, 4)]),

    L("baie de Saint-Paul", ["baie de Saint-Paul"]),

    D("30 septembre 2006", "2006-09-30"),
    D("invité [hier]", None, relative=True),
    D("il y a un an", None, relative=True),
]
UNANNOTATED = []
