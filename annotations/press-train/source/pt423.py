# pt423 — ladepeche.fr (2015), the Cintegabelle fab lab association.
BODY_START = None
BODY_END = "Voir les commentaires"

RECORDS = [
    # «Fab Lab»: the common noun; the association's name is not written (only in the web address)
    P("Arnaud Boudou", [("Arnaud", 1), ("Arnaud", 2), ("Arnaud Boudou", 1), ("Arnaud Boudou", 2)],
      roles=[("Boudou, [président]", None)]),
    P("Florian Trincal", [("Florian", 1), ("Florian", 2), "Florian Trincal"],
      roles=[("constituent le [bureau]", None, "membre du bureau")]),  # listed with the bureau (§15); the association has no record
    L("rue Escoussières", [("rue Escoussières", 1), ("rue Escoussières", 2)]),
    O("La Dépêche du Midi", "media", ["DDM", "La Dépêche du Midi"], aliases=["DDM"]),
    L("Haute-Garonne", ["Haute-Garonne"]),
    L("Val d'Ariège", ["Val d'Ariège"]),
    L("Cintegabelle", ["Cintegabelle"]),
    L("salle des fêtes Georges Bouffil", ["salle des fêtes Georges Bouffil"]),
    P("Magali Boudou", ["Magali Boudou"], roles=[("Boudou, [secrétaire]", None)]),
]

UNANNOTATED = []
