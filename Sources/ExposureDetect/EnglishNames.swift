/// Word lists for recognising English-language personal names, in lower case.
enum EnglishNames {
    /// Common given names in the United States (census frequency), for `First Last` and
    /// `Last, First` shapes without any other cue.
    static let givenNames: Set<String> = [
        "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
        "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua",
        "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan",
        "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon",
        "benjamin", "samuel", "gregory", "alexander", "frank", "patrick", "raymond", "jack", "dennis", "jerry",
        "tyler", "aaron", "jose", "adam", "nathan", "henry", "douglas", "zachary", "peter", "kyle", "ethan",
        "walter", "noah", "jeremy", "christian", "keith", "roger", "terry", "gerald", "harold", "sean",
        "austin", "carl", "arthur", "lawrence", "dylan", "jesse", "jordan", "bryan", "billy", "joe", "bruce",
        "gabriel", "logan", "albert", "willie", "alan", "juan", "wayne", "elijah", "randy", "roy", "vincent",
        "ralph", "eugene", "russell", "bobby", "mason", "philip", "louis", "luis", "carlos", "marcus", "jerome",
        "darnell", "erik", "ray", "tom", "bob", "jim", "mike", "bill", "dan", "chris", "tony", "victor",
        "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen",
        "lisa", "nancy", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle",
        "carol", "amanda", "dorothy", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura",
        "cynthia", "kathleen", "amy", "angela", "shirley", "anna", "brenda", "pamela", "emma", "nicole",
        "helen", "samantha", "katherine", "christine", "debra", "rachel", "carolyn", "janet", "catherine",
        "maria", "heather", "diane", "ruth", "julie", "olivia", "joyce", "virginia", "victoria", "kelly",
        "lauren", "christina", "joan", "evelyn", "judith", "megan", "andrea", "cheryl", "hannah", "jacqueline",
        "martha", "gloria", "teresa", "ann", "sara", "madison", "frances", "kathryn", "janice", "jean",
        "abigail", "alice", "judy", "sophia", "grace", "denise", "amber", "doris", "marilyn", "danielle",
        "beverly", "isabella", "theresa", "diana", "natalie", "brittany", "charlotte", "marie", "kayla",
        "alexis", "lori", "monica", "tamara", "tina", "kate", "priya", "aisha", "fatima", "omar", "ahmed",
        "wei", "mei", "ana", "rosa", "carmen", "elena", "sofia", "jorge", "miguel", "pedro", "diego",
    ]

    /// Titles and ranks printed before a name: `Sheriff Ray Villanueva`, `Lt. Lisa Moreno`.
    static let titleCues: Set<String> = [
        "mr", "mrs", "ms", "miss", "dr", "mayor", "commissioner", "councilmember", "councilwoman", "councilman",
        "sheriff", "chief", "lt", "lieutenant", "sgt", "sergeant", "capt", "captain", "officer", "deputy",
        "director", "manager", "clerk", "superintendent", "judge", "treasurer", "supervisor", "administrator",
        "spokesperson", "attorney", "detective", "member", "chair", "chairman", "chairwoman", "president",
        "secretary", "coordinator", "contact",
    ]

    /// Capitalised words that head contact blocks and directories but are not names.
    static let notNames: Set<String> = [
        "phone", "email", "e", "mail", "fax", "office", "department", "city", "county", "public", "works",
        "police", "fire", "hall", "street", "st", "avenue", "ave", "road", "suite", "room", "box", "main",
        "contact", "us", "hours", "monday", "friday", "the", "of", "and", "for", "to", "in", "at", "on",
        "division", "services", "service", "center", "utilities", "water", "board", "council", "staff",
        "directory", "news", "press", "release", "media", "home", "about", "north", "south", "east", "west",
        "after", "emergency", "records", "general", "information", "court", "courthouse", "community",
    ]
}
