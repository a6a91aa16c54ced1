# pt309 — acteursdeleconomie.latribune.fr, Auvergne-Rhône-Alpes, France Digitale Tour in Lyon (2017)
BODY_START = None
BODY_END = None

RECORDS = [
    P("Julien Petit", [("Julien Petit", 1), ("Julien Petit", 2)],
      roles=[("[militant] La Cuisine", "La Cuisine du Web"),
             ("[ambassadeur] France Digitale", "France Digitale"),
             ("et [militant] la Cuisine", "La Cuisine du Web")]),

    O("Lyon FundDay", "other", [("Lyon FundDay", 1), ("Lyon FundDay", 2)]),   # co-organizer
    O("La Cuisine du Web", "other", ["La Cuisine du Web", "militant la [Cuisine du web]"]),  # §16 kind (was association)
    O("France Digitale", "other", ["co-organisé cette année par [France Digitale]", "ambassadeur [France Digitale]"]),
    O("Breega Capital", "other", ["Breega Capital"]),  # §16 kind (was company)
    O("Partech", "other", ["Partech"]),  # §16 kind (was company)

    L("La Tour du Web", ["La Tour du Web"]),
    L("7e arrondissement de Lyon", ["7e arrondissement de Lyon"]),
    L("Lyon", ["présents à [Lyon]"]),
    L("France", ["son tour de [France]"]),

    D("même pièce [mardi]", None, relative=True),
    D("organisé [cette année] avec", None, relative=True),
    D("mardi dernier", None, relative=True),
    D("co-organisé [cette année]", None, relative=True),
]

UNANNOTATED = [("France Digitale", 1, "inside the event name France Digitale Tour"),
               ("France", 1, "inside the event name France Digitale Tour")]
