#!/usr/bin/env python3
"""Writes name-pairs.csv: the labelled quality set of the person-name matcher (docs/watchlists.md).

Names and variation patterns are our own lists of how names of the people crossing Caribbean
borders are written differently (Papiamentu, Sint Maarten English, Dutch, Spanish from Venezuela,
Colombia and the Dominican Republic, Haitian, Guyanese/Jamaican, Chinese, Indian, Russian and
Arabic names, with transliterations). The labels follow one rule: a positive is the same person
written another way (same birth date where both give one, or one side without it); a negative is a
different person — a common surname with another given name, the same name with another birth
date, siblings and twins, near surnames. Deterministic (seed 19); rerun after editing and commit both.
"""
import csv, random, os

R = random.Random(19)

ORIGINS = {
    "papiamentu": (["Shurendy", "Jurensley", "Giandro", "Ruthsela", "Sharleen", "Jeanelly", "Rignald", "Eldrick", "Quincy", "Shanella", "Zuleika", "Jandino", "Rudsel", "Dionne", "Ashwin", "Gianny", "Kevin", "Yasmina", "Ergilio", "Sulay"],
                   ["Martina", "Isenia", "Maduro", "Croes", "Tromp", "Kock", "Werleman", "Geerman", "Arends", "Vrolijk", "Wever", "Lacle", "Rosario", "Every", "Dirksz", "Pieternella", "Cijntje", "Statia", "Doran", "Krozendijk"]),
    "sxm": (["Tyrone", "Shanice", "Dwayne", "Keisha", "Claudius", "Marvelyn", "Royston", "Jacinta", "Lenworth", "Alrick"],
            ["Richardson", "Gumbs", "Wathey", "Arrindell", "Hodge", "Lake", "Peterson", "Fleming", "Illidge", "Brooks", "Carty", "Hazel"]),
    "dutch": (["Jan", "Pieter", "Johannes", "Willem", "Sanne", "Anouk", "Femke", "Maarten", "Joost", "Marieke", "Hendrik", "Geertruida"],
              ["van der Berg", "de Vries", "van Dijk", "Bakker", "Jansen", "Visser", "van den Broek", "de Jong", "ter Horst", "van 't Hof", "Smit", "Meijer", "de Boer", "van Leeuwen"]),
    "spanish": (["José", "María", "Juan Carlos", "Luis", "Andrés", "Alejandro", "Carolina", "Daniela", "Valentina", "Yuleisi", "Yorbelis", "Maryelis", "Wilmer", "Yohandry", "María José", "Jesús", "Ramón", "Ángela", "Yesenia", "Francisco Javier"],
                ["García", "Rodríguez", "Martínez", "Hernández", "López", "González", "Pérez", "Sánchez", "Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Reyes", "Morales", "Castillo", "Jiménez", "Moreno", "Romero", "Herrera", "Medina", "Aguilar", "Vargas", "Castro", "Ortiz", "Rojas", "Guzmán", "Muñoz", "Suárez", "Peña", "de la Cruz"]),
    "haitian": (["Jean-Baptiste", "Marie", "Pierre", "Wilner", "Fritznel", "Jocelyne", "Guerline", "Roodly", "Mackenson", "Widlyne", "Jean-Claude", "Nadège"],
                ["Joseph", "Jean-Louis", "Charles", "Louis", "Désir", "Saint-Fleur", "Augustin", "Baptiste", "Dorvil", "Exantus", "Célestin", "Pierre-Louis"]),
    "anglo": (["Michael", "David", "Kimberly", "Andre", "Natasha", "Devon", "Ravindra", "Sharmila", "Leon", "Patricia"],
              ["Williams", "Brown", "Smith", "Johnson", "Campbell", "Thomas", "Henry", "Clarke", "Persaud", "Ramdin", "Singh", "Bissoon"]),
    "chinese": (["Wei", "Li Na", "Xiaoming", "Jun", "Mei", "Hui", "Jianguo", "Xiu Ying", "Lei", "Fang"],
                ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Lin"]),
    "indian": (["Rahul", "Priya", "Anil", "Sunita", "Rajesh", "Lakshmi", "Deepak", "Kavita", "Sanjay", "Anjali"],
               ["Sharma", "Singh", "Kumar", "Patel", "Gupta", "Reddy", "Nair", "Iyer", "Rao", "Khan", "Chaudhary", "Mehta"]),
}

# The same name in other scripts or romanisations: (given, surname) written as the list has it and as a document may.
TRANSLITERATIONS = [
    (("Mohammed", "Ali"), ("Muhammad", "Ali")), (("Mohamed", "Hassan"), ("Mohammad", "Hasan")), (("Yusuf", "Ibrahim"), ("Youssef", "Ibrahim")),
    (("Ahmed", "Abdallah"), ("Ahmad", "Abdullah")), (("Mohammed", "Al-Rashid"), ("Muhammad", "Rashid")), (("محمد", "علي"), ("Mohammed", "Ali")),
    (("أحمد", "حسن"), ("Ahmed", "Hassan")), (("يوسف", "ابراهيم"), ("Yusuf", "Ibrahim")), (("Khaled", "Mansour"), ("Khalid", "Mansur")),
    (("Иван", "Петров"), ("Ivan", "Petrov")), (("Ольга", "Смирнова"), ("Olga", "Smirnova")), (("Дмитрий", "Кузнецов"), ("Dmitriy", "Kuznetsov")),
    (("Сергей", "Иванов"), ("Sergey", "Ivanov")), (("Sergei", "Ivanov"), ("Sergey", "Ivanov")), (("Юлия", "Попова"), ("Yulia", "Popova")),
    (("Алексей", "Соколов"), ("Aleksei", "Sokolov")), (("Alexey", "Sokolov"), ("Aleksei", "Sokolov")), (("Наталья", "Волкова"), ("Natalia", "Volkova")),
    (("Νικόλαος", "Παπαδόπουλος"), ("Nikolaos", "Papadopoulos")), (("Γιώργος", "Οικονόμου"), ("Giorgos", "Oikonomou")),
    (("Wei", "Zhang"), ("Wei", "Chang")), (("Mei", "Xu"), ("Mei", "Hsu")), (("Jun", "Zhou"), ("Jun", "Chou")), (("Lei", "Zhao"), ("Lei", "Chao")),
    (("Xiaoming", "Wang"), ("Xiao Ming", "Wang")), (("Li Na", "Chen"), ("Lina", "Chen")), (("Lakshmi", "Iyer"), ("Laxmi", "Iyer")),
    (("Mohammed", "Khan"), ("Mohd", "Khan")), (("Sanjay", "Chaudhary"), ("Sanjay", "Choudhary")), (("Priya", "Reddy"), ("Priya", "Reddi")),
    (("Shurendy", "Martina"), ("Shurendi", "Martina")), (("Jurensley", "Isenia"), ("Yurensley", "Isenia")), (("Quincy", "Rosario"), ("Quincy", "Rozario")),
    (("Zuleika", "Croes"), ("Zuleyka", "Croes")), (("Jeanelly", "Every"), ("Jeanely", "Every")), (("Catharina", "Kock"), ("Katharina", "Kock")),
    (("Philip", "Arends"), ("Filip", "Arends")), (("Elisabeth", "Geerman"), ("Elizabeth", "Geerman")), (("Yohandry", "Medina"), ("Johandry", "Medina")),
    (("Yorbelis", "Suárez"), ("Jorbelis", "Suarez")), (("Fritznel", "Désir"), ("Fritznelle", "Desir")), (("Guerline", "Exantus"), ("Gerline", "Exantus")),
]

def fold(s):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")

def person(origin):
    given, surnames = ORIGINS[origin]
    g = R.choice(given)
    s = R.choice(surnames)
    if origin == "spanish" and R.random() < 0.6:
        s2 = R.choice([x for x in surnames if x != s])
        s = s + " " + s2
    return g, s

def birth():
    return f"{R.randint(1955, 2012):04d}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}"

def other_birth(b):
    while True:
        o = birth()
        if abs(int(o[:4]) - int(b[:4])) >= 2:
            return o

def typo(word):
    letters = [i for i, c in enumerate(word) if c.isalpha()]
    if len(letters) < 5:
        return word
    i = R.choice(letters[1:-1])
    kind = R.choice(["sub", "del", "swap", "dup"])
    if kind == "sub":
        return word[:i] + R.choice("aeiourlnst") + word[i + 1:]
    if kind == "del":
        return word[:i] + word[i + 1:]
    if kind == "swap" and i + 1 < len(word):
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return word[:i] + word[i] + word[i:]

def vary(g, s, b):
    """The same person written another way: returns (given, surname, birth, pattern)."""
    pattern = R.choice(["accents", "case", "typo-given", "typo-surname", "swap", "surname-dropped", "middle-dropped", "initial", "particles", "hyphen", "birth-year-only", "birth-missing", "birth-swapped", "joined"])
    g2, s2, b2 = g, s, b
    if pattern == "accents":
        g2, s2 = fold(g), fold(s)
    elif pattern == "case":
        g2, s2 = g.upper(), s.upper()
    elif pattern == "typo-given":
        parts = g.split(" ")
        parts[0] = typo(parts[0])
        g2 = " ".join(parts)
    elif pattern == "typo-surname":
        parts = s.split(" ")
        k = max(range(len(parts)), key=lambda i: len(parts[i]))
        parts[k] = typo(parts[k])
        s2 = " ".join(parts)
    elif pattern == "swap":
        g2, s2 = s, g
    elif pattern == "surname-dropped" and " " in s and not s.lower().startswith(("van", "de ", "ter")):
        s2 = s.split(" ")[0]
    elif pattern == "middle-dropped" and " " in g:
        g2 = g.split(" ")[0]
    elif pattern == "initial" and " " in g:
        first, rest = g.split(" ", 1)
        g2 = first + " " + rest[0] + "."
    elif pattern == "particles":
        words = s.split(" ")
        core = [w for w in words if w.lower() not in ("van", "der", "den", "de", "la", "ter", "'t")]
        s2 = " ".join(core) if core and core != words else s.replace(" ", "")
        if s2 == s:
            s2 = "de " + s
    elif pattern == "hyphen":
        s2 = s.replace("-", " ") if "-" in s else s
        g2 = g.replace("-", " ") if "-" in g else g.replace(" ", "-")
    elif pattern == "birth-year-only" and len(b) == 10:
        b2 = b[:4]
    elif pattern == "birth-missing":
        b2 = ""
    elif pattern == "birth-swapped" and len(b) == 10 and int(b[8:]) <= 12:
        b2 = b[:5] + b[8:] + "-" + b[5:7]
    elif pattern == "joined" and " " in g:
        g2 = g.replace(" ", "")
    return g2, s2, b2, pattern

rows = []
def add(ga, sa, ba, gb, sb, bb, match, pattern):
    rows.append([ga, sa, ba, gb, sb, bb, "true" if match else "false", pattern])

# Positives: the same person written another way (one or two patterns stacked).
for _ in range(560):
    origin = R.choice(list(ORIGINS))
    g, s = person(origin)
    b = birth()
    g2, s2, b2, p1 = vary(g, s, b)
    if R.random() < 0.3:
        g2, s2, b3, p2 = vary(g2, s2, b2)
        if not (p2.startswith("typo") and p1.startswith("typo")) and not (p1 == "swap" and p2 == "swap"):
            b2, p1 = b3, p1 + "+" + p2
    add(g, s, b, g2, s2, b2, True, f"{origin}:{p1}")

for (a, bname) in TRANSLITERATIONS:
    for _ in range(2):
        b = birth()
        add(a[0], a[1], b, bname[0], bname[1], R.choice([b, b, b[:4], ""]), True, "transliteration")

# Negatives.
for _ in range(170):  # a common surname, another given name (birth dates may even agree: family members)
    origin = R.choice(list(ORIGINS))
    given, surnames = ORIGINS[origin]
    s = R.choice(surnames)
    g1, g2 = R.sample(given, 2)
    b = birth()
    add(g1, s, b, g2, s, R.choice([b, birth(), b[:4], ""]), False, f"{origin}:common-surname")
for _ in range(200):  # the same name, another birth date
    origin = R.choice(list(ORIGINS))
    g, s = person(origin)
    b = birth()
    ob = other_birth(b)
    add(g, s, b, fold(g) if R.random() < 0.5 else g, s, R.choice([ob, ob, ob[:4]]), False, f"{origin}:same-name-other-birth")
for _ in range(150):  # different people of the same origin
    origin = R.choice(list(ORIGINS))
    (g1, s1), (g2, s2) = person(origin), person(origin)
    if (g1, s1) == (g2, s2):
        continue
    b = birth()
    add(g1, s1, b, g2, s2, R.choice([b, birth(), ""]), False, f"{origin}:other-person")
NEAR_SURNAMES = [("Pérez", "Peralta"), ("Martina", "Martinus"), ("Gómez", "Gámez"), ("Castillo", "Castro"), ("Hodge", "Hodges"), ("Jansen", "Janssens"),
                 ("Richardson", "Richards"), ("Ramírez", "Ramos"), ("Singh", "Sing"), ("Li", "Liu"), ("Wang", "Wong"), ("Charles", "Charlot"),
                 ("Morales", "Moralez"), ("Kumar", "Kumari"), ("Isenia", "Isidora")]
for _ in range(120):  # a near surname and another given name, or siblings with near given names and the same birth year
    sa, sb = R.choice(NEAR_SURNAMES)
    origin = R.choice(list(ORIGINS))
    given = ORIGINS[origin][0]
    g1, g2 = R.sample(given, 2)
    b = birth()
    add(g1, sa, b, g2, sb, R.choice([b[:4], birth(), ""]), False, "near-surname")
SIBLINGS = [("Daniel", "Daniela"), ("Luis", "Luisa"), ("Jesús", "Josué"), ("Shurendy", "Shurenska"), ("Marie", "Mario"), ("Juan", "Juana"), ("Andre", "Andrea")]
for _ in range(40):
    ga, gb = R.choice(SIBLINGS)
    g, s = person(R.choice(["spanish", "papiamentu", "haitian"]))
    b = birth()
    add(ga, s, b, gb, s, other_birth(b), False, "siblings")

R.shuffle(rows)
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "name-pairs.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["given_a", "surname_a", "birth_a", "given_b", "surname_b", "birth_b", "match", "pattern"])
    w.writerows(rows)
print(len(rows), "pairs,", sum(r[6] == "true" for r in rows), "positive")
