# c13 — invented: "Le cluster X a publié la composition de son conseil d'administration : A (B) – président ; … ; E (F), G (H) et I (J) – administrateurs. Siègent également au conseil : K (L) et M (N)." (';' items, a dash before the title, untitled members)
BODY_START = None
BODY_END = None
SIC = "Sundgau Industrie Connectée"
CA = ("au [conseil], sans", SIC, "membre du conseil d'administration")   # untitled members (§15)

RECORDS = [
    L("Mulhouse", ["Mulhouse"]),
    O(SIC, "association", [SIC]),
    D("du [19 septembre]", "XXXX-09-19"),
    P("Marc Zimmermann", ["Marc Zimmermann", "M. Zimmermann"],
      roles=[(None, "Ill Automation"), ("Automation) – [président]", SIC)]),
    O("Ill Automation", "company", ["Ill Automation"]),
    P("Caroline Heitz", ["Caroline Heitz"], roles=[(None, "Thann Chimie Fine"), ("Fine) – [vice-présidente]", SIC)]),
    O("Thann Chimie Fine", "company", ["Thann Chimie Fine"]),
    P("Patrick Muller", ["Patrick Muller"], roles=[(None, "Altkirch Brassage Lab"), ("Lab) – [trésorier]", SIC)]),
    O("Altkirch Brassage Lab", "company", ["Altkirch Brassage Lab"]),
    P("Émilie Fuchs", ["Émilie Fuchs"], roles=[("Fuchs – [secrétaire générale]", SIC)]),
    P("Hervé Baumann", ["Hervé Baumann"], roles=[(None, "Doller Plasturgie"), ("– [administrateurs]", SIC)]),
    O("Doller Plasturgie", "company", ["Doller Plasturgie"]),
    P("Anaïs Schmitt", ["Anaïs Schmitt"], roles=[(None, "Largue Mécatronique"), ("– [administrateurs]", SIC)]),
    O("Largue Mécatronique", "company", ["Largue Mécatronique"]),
    P("Julien Sutter", ["Julien Sutter"], roles=[(None, "Hardt Vision"), ("– [administrateurs]", SIC)]),
    O("Hardt Vision", "company", ["Hardt Vision"]),
    P("Sophie Kuentz", ["Sophie Kuentz"], roles=[(None, "Rhin Supérieur Capteurs"), CA]),
    O("Rhin Supérieur Capteurs", "company", ["Rhin Supérieur Capteurs"]),
    P("Thierry Haas", ["Thierry Haas"], roles=[(None, "Ballon Énergie"), CA]),
    O("Ballon Énergie", "company", ["Ballon Énergie"]),
    D("en [2015]", "2015"),
    M("[75 entreprises adhérentes]", SIC, 75, "entreprises adhérentes"),
    A("320 000 euros", 320000, to=SIC),     # the cluster's budget
    A("120 000 euros", 120000, to=SIC),     # its share from dues, part of the budget
    L("Sud-Alsace", ["Sud-Alsace"]),
]
UNANNOTATED = []
