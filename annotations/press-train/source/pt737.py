# pt737 — guerande-infos.net, general assembly of the business association Guérande Atlantique, outgoing president
BODY_START = None
BODY_END = None
GA = "Guérande Atlantique"

RECORDS = [
    O(GA, "association", [GA]),
    D("depuis [1992]", "1992"),
    M("environ [130 entreprises]", GA, 130, "entreprises", "about"),
    P("Philippe Cutuli", ["Philippe Cutuli"]),                # hosts the assembly: no post
    L("Villejames", ["Villejames"]),
    P("Jean-Christophe Léac", ["Jean-Christophe Léac", "Jean-Christophe Leac"],
      roles=[("le [président] explique", GA), ("le [président] Jean-Christophe", GA), ("Le [président] remercie", GA)],
      aliases=["Jean-Christophe Leac"]),
    P("Christine Raiser", ["Christine Raiser"]),              # "on lui a proposé le poste de secrétaire": offered, not held
    # "la CCI": common-noun anaphora, no record; so Fabienne Bihan's tie to it has no organization
    P("Fabienne Bihan", ["Fabienne Bihan"]),
    P("Winston Churchill", ["Winston Churchill"]),
]
UNANNOTATED = []
