# pt610 — lyonpeople.com, "Entrepreneurs de la Cité" round table in Lyon
BODY_END = "0 commentaires"

RECORDS = [
    P("Fabrice Schiff", ["Fabrice Schiff"]),          # photo credit
    P("Benjamin Solly", ["Benjamin Solly"]),          # byline
    P("Jean-Michel Aulas", ["Jean-Michel Aulas", "qu’[Aulas] a dû"],
      roles=[(None, "Cegid"), (None, "OL")]),         # "Jean-Michel Aulas (Cegid/OL)"
    P("Bruno Bonnell", ["Bruno Bonnell"], roles=[(None, "Robopolis")]),
    P("Véronique Garnodier", ["Véronique Garnodier"], roles=[(None, "Charlott’")]),
    P("Eric Jacquet", [("Eric Jacquet", 1), ("Eric Jacquet", 2)], roles=[(None, "Jacquet Metal Service")]),
    P("Bruno Rousset", [("Bruno Rousset", 1), ("Bruno Rousset", 2)], roles=[(None, "April")]),
    P("Emmanuelle Dacourt", ["Emmanuelle Dacourt"]),
    P("Stéphane Chanal", ["Stéphane Chanal"], roles=[(None, "Stepsens")]),
    P("Karim Ouada", ["Karim Ouada"], roles=[(None, "DK Courses")]),
    P("Noëlle Sanvert", ["Noëlle Sanvert"]),
    P("Gérard Collomb", ["Gérard Collomb"], roles=[("sénateur-maire", None)]),   # "de Lyon": a place
    P("Georges Tron", ["Georges Tron"]),

    O("Entrepreneurs de la Cité", "association", ["Entrepreneurs de la Cité"]),
    O("Cegid", "company", ["Cegid"]),
    O("OL", "company", ["OL"]),
    O("Robopolis", "company", ["Robopolis"]),
    O("Charlott’", "company", ["Charlott’"]),
    O("Jacquet Metal Service", "company", ["Jacquet Metal Service"]),
    O("April", "company", [("April", 1), ("April", 2), ("April", 3)]),
    O("Stepsens", "company", ["Stepsens"]),
    O("DK Courses", "company", ["DK Courses"]),

    L("salon Justin Godard", ["salon Justin Godard"]),
    L("Hôtel de Ville", ["Hôtel de Ville"]),
    L("Lyon", ["Lyon"]),

    D("jeudi soir", None, relative=True),
    D("au [printemps]", "XXXX-SP"),
]

UNANNOTATED = []
