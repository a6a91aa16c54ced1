BODY_START = None
BODY_END = None
# Poly'Nov is a competition; "Sucre de coco", "Rava'ai", "Tahiti Spirulina" are projects; "le Pays"
# and "le service du développement rural" (lowercase): generic. "Tahit" at the end is cut.

RECORDS = [
    P("Mathieu Puigsarbe", ["Mathieu Puigsarbe"],
      roles=[("Puigsarbe, [ingénieur en recherche et développement]", None)]),
    P("Guillaume Soumier", ["Guillaume Soumier"]),
    P("Vaimiti Vanel Tunoa", ["Vaimiti Vanel Tunoa"]),
    P("Herald Hivet", ["Herald Hivet"]),

    O("Tahiti Fa’ahotu", "other", ["Tahiti Fa’ahotu"]),

    A("un million de francs", 1000000, currency="XPF"),
    A("700 000 F", 700000, currency="XPF"),
    A("500 000 F", 500000, currency="XPF"),

    D("samedi 28 mai 2016", "2016-05-28"),   # publication stamp
    D("hier", None, relative=True),
]

UNANNOTATED = []
