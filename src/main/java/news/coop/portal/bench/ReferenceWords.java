package news.coop.portal.bench;

import java.util.List;
import java.util.Map;

/**
 * The words of the reference archive: the lists of {@code shared/bench/gen-corpus.py} (the
 * generator a user runs by hand to compare the portal with Hugo, see docs/benchmark.md), copied
 * unchanged and in its order, since {@link ReferencePosts} draws from them by position. Immutable.
 */
final class ReferenceWords {
    private ReferenceWords() {
    }

    /** A tag's field: the noun phrase used in the text, and the objects or projects of the field. */
    record Field(String phrase, List<String> objects) {
        Field {
            objects = List.copyOf(objects);
        }
    }

    /** The tags, in gen-corpus.py's order ({@code AREAS}). */
    static final List<String> AREAS = List.of(
        "construction", "energy", "roads", "education", "industry", "agriculture", "healthcare", "transport", "trade", "finance",
        "science", "culture");
    /** Per tag: the noun phrase of its field, and its objects or projects ({@code AREA_WORDS}). */
    static final Map<String, Field> FIELDS = Map.ofEntries(
            Map.entry("construction", new Field("construction and housing", List.of(
                    "a residential complex for 4,500 families",
                    "a new regional hospital building",
                    "the reconstruction of the central square",
                    "a modern school campus",
                    "prefabricated housing plants",
                    "the renovation of the historic quarter"))),
            Map.entry("energy", new Field("the fuel and energy sector", List.of(
                    "a combined-cycle power plant",
                    "the modernisation of the electrical grid",
                    "a gas processing facility",
                    "a solar power station of 120 megawatts",
                    "the supply of power engineering equipment",
                    "a hydroelectric power station"))),
            Map.entry("roads", new Field("road construction", List.of(
                    "a 48-kilometre section of the federal highway",
                    "a new bridge across the river",
                    "the ring road around the regional centre",
                    "the repair of rural roads",
                    "a transport interchange",
                    "the bypass of the industrial zone"))),
            Map.entry("education", new Field("education and training", List.of(
                    "a joint university branch",
                    "exchange programmes for students",
                    "vocational training centres",
                    "a school for 1,200 pupils",
                    "the training of engineering specialists",
                    "Russian language teaching programmes"))),
            Map.entry("industry", new Field("industrial cooperation", List.of(
                    "an assembly plant for agricultural machinery",
                    "a joint venture in metallurgy",
                    "the localisation of automotive production",
                    "a chemical cluster",
                    "an industrial park",
                    "the production of building materials"))),
            Map.entry("agriculture", new Field("the agro-industrial complex", List.of(
                    "greenhouse complexes",
                    "grain storage elevators",
                    "the supply of fertilisers",
                    "irrigation systems",
                    "a dairy processing plant",
                    "the export of fruit and vegetables"))),
            Map.entry("healthcare", new Field("healthcare", List.of(
                    "a diagnostic medical centre",
                    "the supply of vaccines and medicines",
                    "the training of medical personnel",
                    "a perinatal centre",
                    "telemedicine consultations",
                    "mobile medical units"))),
            Map.entry("transport", new Field("transport and logistics", List.of(
                    "a multimodal logistics hub",
                    "the North-South international transport corridor",
                    "new freight railway routes",
                    "the expansion of the airport terminal",
                    "container train services",
                    "river port infrastructure"))),
            Map.entry("trade", new Field("trade and economic cooperation", List.of(
                    "mutual trade turnover",
                    "a trading house",
                    "the exhibition of national producers",
                    "the simplification of customs procedures",
                    "export support instruments",
                    "a business forum"))),
            Map.entry("finance", new Field("the financial sector", List.of(
                    "settlements in national currencies",
                    "an interbank cooperation agreement",
                    "investment projects worth 2.3 billion dollars",
                    "a joint investment fund",
                    "the financing of infrastructure projects",
                    "payment system integration"))),
            Map.entry("science", new Field("science and technology", List.of(
                    "joint research laboratories",
                    "a technology park",
                    "space research programmes",
                    "a nuclear medicine centre",
                    "the digital platform for research data",
                    "grants for young scientists"))),
            Map.entry("culture", new Field("culture and humanitarian ties", List.of(
                    "the Days of Culture",
                    "a joint film festival",
                    "the restoration of architectural monuments",
                    "touring performances of theatre companies",
                    "a youth exchange forum",
                    "a travelling museum exhibition"))));
    /** Partner countries. ({@code PARTNERS}) */
    static final List<String> PARTNERS = List.of(
        "Uzbekistan", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Belarus", "Armenia", "Azerbaijan", "Turkmenistan", "Mongolia", "Vietnam",
        "Egypt", "Algeria", "India", "China", "Serbia", "Laos", "Cuba", "Nicaragua", "Ethiopia", "Indonesia");
    /** Regions named in the text. ({@code REGIONS}) */
    static final List<String> REGIONS = List.of(
        "the Tashkent Region", "the Samarkand Region", "the Karaganda Region", "the Chui Region", "the Minsk Region", "the Sughd Region",
        "the Lori Region", "the Ganja Region", "the Kazan agglomeration", "the Novosibirsk Region", "the Tyumen Region",
        "the Sverdlovsk Region", "the Krasnodar Territory", "the Republic of Tatarstan", "the Astrakhan Region", "the Omsk Region",
        "the Orenburg Region", "the Altai Territory");
    /** Organisations. ({@code ORGS}) */
    static final List<String> ORGS = List.of(
        "the Intergovernmental Commission on Trade and Economic Cooperation", "the Russian Export Centre", "the Eurasian Development Bank",
        "the Ministry of Economic Development", "the Chamber of Commerce and Industry", "the Russian Direct Investment Fund",
        "the joint working group", "the Business Council", "the Eurasian Economic Commission");
    /** Cities. ({@code CITIES}) */
    static final List<String> CITIES = List.of(
        "Moscow", "Tashkent", "Astana", "Bishkek", "Dushanbe", "Minsk", "Yerevan", "Baku", "Kazan", "St. Petersburg", "Ulaanbaatar",
        "Hanoi", "Cairo", "New Delhi", "Sochi", "Yekaterinburg");
    /** Title patterns. ({@code TITLE_PATTERNS}) */
    static final List<String> TITLE_PATTERNS = List.of(
        "Russia and {P} sign agreement on cooperation in {F}", "{P} and Russia discuss joint projects in {F}",
        "Intergovernmental commission reviews progress in {F} with {P}", "New stage of cooperation in {F}: talks held in {C}",
        "Roadmap for {F} agreed with {P}", "{O} visits {C} to discuss {F}", "Working group on {F} meets in {C}",
        "Russian companies to take part in {X} in {P}", "Results of the year in {F} with {P} summed up", "Memorandum on {X} signed in {C}");
    /** First sentences. ({@code OPENERS}) */
    static final List<String> OPENERS = List.of(
        "On {D}, {C} hosted a meeting of {ORG} devoted to cooperation in {F}.",
        "{OT} {ON} held talks with a delegation from {P} on the development of {F}.",
        "A regular meeting of {ORG} took place in {C} under the chairmanship of {OT} {ON}.",
        "Representatives of {P} and Russian companies discussed the implementation of projects in {F}.",
        "The parties reviewed the progress of agreements reached earlier in {F} at a session held in {C}.");
    /** Other sentences. ({@code SENTENCES}) */
    static final List<String> SENTENCES = List.of(
        "The parties noted the steady growth of {TRADE} and agreed to expand cooperation in {F}.",
        "Particular attention was paid to {X}, which is being implemented with the participation of Russian companies.",
        "According to the ministry, the total value of the joint project portfolio exceeds {MONEY}.",
        "The delegation visited {R}, where work on {X} is nearing completion.",
        "It was emphasised that the project will create about {JOBS} new jobs and will be completed by {YEAR}.",
        "The meeting also addressed issues of logistics, certification and mutual recognition of standards.",
        "The sides agreed to prepare a roadmap with specific deadlines and responsible agencies.",
        "In the first {MONTHS} months of the year, trade turnover increased by {PCT} percent.",
        "Experts from {R} shared their experience in the implementation of similar projects.",
        "The next meeting of the working group is scheduled for the {QUARTER} quarter of {YEAR}.",
        "Financing of {X} is provided through {ORG} and commercial banks of both countries.",
        "Participants stressed the importance of training qualified personnel for {F}.",
        "The agreement provides for the transfer of technologies and the localisation of production.",
        "Regional authorities of {R} expressed readiness to provide land plots and infrastructure.",
        "Following the talks, a protocol was signed that fixes the key parameters of {X}.",
        "The partners also discussed digital solutions for monitoring the implementation of {X}.",
        "More than {COMP} companies from Russia and {P} took part in the business programme.",
        "The commission instructed the relevant ministries to report on progress within {MONTHS} months.");
    /** Quotations. ({@code QUOTES}) */
    static final List<String> QUOTES = List.of(
        "Cooperation in {F} is one of the priorities of our partnership. We see great potential in {X} and are ready to support Russian and {PA} businesses at every stage.",
        "Over the past year we have achieved tangible results. The growth of {TRADE} confirms that the decisions taken by the intergovernmental commission are working.",
        "Our task is to move from agreements to specific projects. {X} is a good example of how joint work brings benefits to the citizens of both countries.",
        "We have agreed on a clear timetable. By {YEAR} the first stage of {X} must be completed, and we will monitor this personally.");
    /** Lines before a list. ({@code LIST_INTROS}) */
    static final List<String> LIST_INTROS = List.of(
        "The following documents were signed following the meeting:", "The roadmap includes the following priority areas:",
        "Among the projects discussed were:", "The parties agreed to:");
    /** List items. ({@code LIST_ITEMS}) */
    static final List<String> LIST_ITEMS = List.of(
        "a memorandum of understanding on {X}", "an agreement on the construction of {X2}",
        "a programme of cooperation in {F} for {YEAR}-{YEAR2}", "the creation of a joint working group on {F}",
        "an action plan for the development of {TRADE}", "a contract for the supply of equipment for {X2}",
        "intensify contacts between the regions, including {R}", "prepare feasibility studies for {X2}");
    /** Sub-headings. ({@code SUBHEADINGS}) */
    static final List<String> SUBHEADINGS = List.of(
        "Next steps", "Regional cooperation", "Investment projects", "Background", "Results of the talks", "Humanitarian dimension");
    /** Officials: title and name ({@code OFFICIALS}). */
    static final List<List<String>> OFFICIALS = List.of(
            List.of("Deputy Prime Minister", "Alexei Overchuk"),
            List.of("Minister of Economic Development", "Maxim Reshetnikov"),
            List.of("Minister of Industry and Trade", "Anton Alikhanov"),
            List.of("Minister of Energy", "Sergei Tsivilev"),
            List.of("Minister of Transport", "Roman Starovoit"),
            List.of("Deputy Minister of Construction", "Nikita Stasishin"),
            List.of("Minister of Agriculture", "Oksana Lut"),
            List.of("Minister of Health", "Mikhail Murashko"),
            List.of("Minister of Science and Higher Education", "Valery Falkov"),
            List.of("Minister of Culture", "Olga Lyubimova"),
            List.of("Head of the Trade Mission", "Igor Petrov"),
            List.of("Chairman of the Intergovernmental Commission", "Sergei Lavrov"),
            List.of("Governor", "Alexander Ivanov"),
            List.of("Deputy Minister of Finance", "Ivan Chebeskov"));
    /** The adjective of each partner ({@code ADJ_OF}). */
    static final Map<String, String> ADJECTIVES = Map.ofEntries(
            Map.entry("Uzbekistan", "Uzbek"),
            Map.entry("Kazakhstan", "Kazakh"),
            Map.entry("Kyrgyzstan", "Kyrgyz"),
            Map.entry("Tajikistan", "Tajik"),
            Map.entry("Belarus", "Belarusian"),
            Map.entry("Armenia", "Armenian"),
            Map.entry("Azerbaijan", "Azerbaijani"),
            Map.entry("Turkmenistan", "Turkmen"),
            Map.entry("Mongolia", "Mongolian"),
            Map.entry("Vietnam", "Vietnamese"),
            Map.entry("Egypt", "Egyptian"),
            Map.entry("Algeria", "Algerian"),
            Map.entry("India", "Indian"),
            Map.entry("China", "Chinese"),
            Map.entry("Serbia", "Serbian"),
            Map.entry("Laos", "Lao"),
            Map.entry("Cuba", "Cuban"),
            Map.entry("Nicaragua", "Nicaraguan"),
            Map.entry("Ethiopia", "Ethiopian"),
            Map.entry("Indonesia", "Indonesian"));

    /** The portal's area id of each tag whose name is not one ({@code PORTAL_AREA}). */
    static final Map<String, String> PORTAL_AREAS = Map.of("finance", "finance-and-investment", "science", "science-and-technology",
            "culture", "culture-and-tourism");
}
