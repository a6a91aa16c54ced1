# pt807 — neotech.nc, co-investment strand of the Territoires d'innovation programme in New Caledonia
BODY_START = None
BODY_END = None
GNC = "gouvernement de la Nouvelle-Calédonie"
BDT = "Banque des Territoires"
IIP = "Invest In Pacific"

RECORDS = [
    P("Alcide Ponga", ["Alcide Ponga"], roles=[("Ponga, [président] du gouvernement", GNC)]),   # generic noun for the body (§16)
    P("Jérémie Katidjo-Monnier", ["Jérémie Katidjo-Monnier"]),   # "en charge de ...": no title noun
    P("Petelo Sao", ["Petelo Sao"]),
    P("Samuel Hnepeune", ["Samuel Hnepeune"]),
    P("Arnaud Lauzier", ["Arnaud Lauzier"], roles=[("représentants", None)]),   # of the Haut-Commissariat: no name (§16)
    P("Vincent Boursier", ["Vincent Boursier"], roles=[("représentants", BDT)]),
    P("Nicolas Laurent", ["Nicolas Laurent"], roles=[("représentants", IIP)]),

    O(GNC, "public_body", [(GNC, 1), (GNC, 2), (GNC, 3)]),
    O(BDT, "public_body", [(BDT, 1), (BDT, 2), (BDT, 3)]),
    O(IIP, "other", [(IIP, 1), (IIP, 2)]),

    L("Nouvelle-Calédonie", ["la première fois en [Nouvelle-Calédonie]", "la [Nouvelle-Calédonie] a su"]),

    D("Jeudi 26 juin dernier", None, relative=True),
    D("Lancé en [2019]", "2019"),
    D("fin 2018", "2018", mod="END"),
]

# "le Haut-Commissariat": a capitalized common noun with no proper part (§16), no mention;
# "Territoires d’innovation": a programme.
UNANNOTATED = []
