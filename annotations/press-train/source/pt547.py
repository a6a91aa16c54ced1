BODY_START = None
BODY_END = None
# "Energie PME" is an electoral list (no record); "French Tech" a label; "la chambre d'entreprendre"
# a nickname.

RECORDS = [
    P("Jean-Pierre Savarino", ["Jean-Pierre Savarino"],
      roles=[("le [patron] de Studiel", "Studiel"),
             ("[Chef de file] désigné", None)]),
    P("Bernard Kleyhnoff", ["Bernard Kleyhnoff"]),
    P("Jean-Luc Chauvin", ["Jean-Luc Chauvin"],
      roles=[("l'[ancien président] de l'UPE13", "UPE13"),
             ("le [patron] d'Otim", "Otim")]),
    P("Jacques Pfister", ["Jacques Pfister"]),
    P("Stéphane Soto", ["Stéphane Soto"], roles=[("Soto, [chef de file] Energie", None)]),
    P("Stéphane Paglia", ["Stéphane Paglia"], roles=[("c'est le [chef de file] de la liste", None)]),
    P("Jacques Brès", ["Jacques Brès"],
      roles=[("Brès, [patron] d'une", "UP-Medef 84"),       # "patron d'une entreprise du BTP mais aussi de l'UP-Medef 84"
             ("le nouveau [président] de la CCI", "CCI du Vaucluse")]),
    P("Roland Gomez", ["Roland Gomez"],
      roles=[("le [fondateur] de l'entreprise", "Proman")]),
    P("Roland", ["son fils, [Roland]"], roles=[(None, "Proman")]),   # "dirigée par son fils, Roland"

    O("Studiel", "company", ["Studiel"]),
    O("UPE06", "association", ["UPE06"]),
    O("CCI NCA", "public_body", ["CCI NCA"]),
    O("UPE13", "association", ["UPE13"]),
    O("Otim", "company", ["Otim"]),
    O("UP-Medef 84", "association", ["UP-Medef 84"]),
    O("CCI du Vaucluse", "public_body", ["CCI du Vaucluse"]),
    O("Proman", "company", ["Proman"]),

    L("Nice", ["De [Nice] à", "A [Nice], c'est"]),
    L("Gap", ["Gap"]),
    L("Marseille", ["passant par [Marseille]", "A [Marseille], Jean-Luc"]),
    L("Toulon", ["Toulon"]),
    L("Digne", ["Digne"]),
    L("boulevard Carabacel", ["boulevard Carabacel"]),
    L("Arles", ["Arles"]),
    L("Avignon", ["Avignon"]),
    L("Alpes de Haute-Provence", ["Alpes de Haute-Provence"]),
    L("Var", ["Var"]),
    L("Hautes-Alpes", ["Hautes-Alpes"]),

    D("le [23 novembre]", "XXXX-11-23"),
]

UNANNOTATED = []
