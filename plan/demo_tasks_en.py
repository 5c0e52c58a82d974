"""English translations of the plan's tasks (part III-B), for the demo's English locale.

Unofficial translations: the plan exists only in Vietnamese; keyed by (group, position in
the group).
"""

TASKS_EN = {
    ("III-B-1", 1): (
        "Proactively advise the Provincial People's Committee on implementing mechanisms and "
        "policies that support and promote the development of supporting industry in the "
        "province."
    ),
    ("III-B-1", 2): (
        "Advise the Provincial People's Committee on drawing up and issuing the province's "
        "supporting-industry development programme for each period."
    ),
    ("III-B-1", 3): (
        "Strengthen the state management capacity of the Department of Industry and Trade in "
        "carrying out industrial and supporting-industry development activities in the province."
    ),
    ("III-B-1", 4): (
        "Lead the drafting of a scheme to establish a local technical centre for industrial "
        "development support, by upgrading or building new facilities for the Industry and Trade "
        "Development Centre, or by adding to its functions and duties, using the provincial "
        "budget and other lawful sources of funding, based on the needs of industrial "
        "development and in line with the province's socio-economic conditions."
    ),
    ("III-B-1", 5): (
        "Lead and coordinate with the province's departments and sectors in effectively carrying "
        "out the scheme to encourage the development of supporting industry in Vinh Phuc "
        "province for 2017-2025, approved by the Provincial People's Committee in Decision No. "
        "2707/QĐ-UBND of 13 October 2017."
    ),
    ("III-B-1", 6): (
        "Step up trade promotion at home and abroad, expand markets and make use of the market "
        "advantages offered by the free trade agreements already signed; help "
        "supporting-industry enterprises in the province build their capacity through "
        "cooperation on technology transfer and through human-resource training."
    ),
    ("III-B-1", 7): (
        "Work with the relevant departments and sectors to control transfer pricing and tax "
        "fraud effectively; actively remove barriers and combat monopolistic practices and "
        "unfair competition."
    ),
    ("III-B-1", 8): (
        "Support and urge industrial-cluster infrastructure investors to speed up investment and "
        "construction so as to complete the industrial clusters in the province."
    ),
    ("III-B-1", 9): (
        "Work with departments and sectors and with press and media agencies to step up "
        "comprehensive, long-term communication and promotion of supporting-industry activities, "
        "and to provide more information on the making and implementation of policies on "
        "supporting industry and on the priority processing and manufacturing industries."
    ),
    ("III-B-1", 10): (
        "Strengthen international cooperation, expand markets and make use of the market "
        "advantages offered by the free trade agreements already signed; help "
        "supporting-industry enterprises build their capacity through cooperation on technology "
        "transfer and through human-resource training."
    ),
    ("III-B-1", 11): (
        "Work with the Department of Planning and Investment to step up the promotion of "
        "investment by the world's large FDI enterprises, so as to benefit from the shift of "
        "investment in the new context; encourage FDI enterprises to invest in making complete "
        "products and to set up regional-level factories in Vietnam, so that domestic "
        "supporting-industry enterprises can join the supply chains of multinational "
        "corporations."
    ),
    ("III-B-1", 12): (
        "Effectively implement the Industrial Extension Programme for 2021-2025 and the Trade "
        "Promotion Plan for 2021-2025."
    ),
    ("III-B-1", 13): (
        "Build a database of enterprises making supporting-industry products in the province, so "
        "that enterprises can obtain the linkage information they need quickly and easily when "
        "analysing, assessing and choosing the industries and fields in which to invest."
    ),
    ("III-B-2", 1): (
        "Study, advise on and draft new policies, or additions and amendments to existing "
        "policies, for attracting domestic investment and foreign direct investment (FDI), tied "
        "to conditions on raising the value added created in the province, and submit them to "
        "the Provincial People's Council for issue. Lead and coordinate with the relevant "
        "agencies in drawing up the Strategy for attracting direct investment into Vinh Phuc "
        "province for 2021-2025, with an orientation to 2030."
    ),
    ("III-B-2", 2): (
        "Lead and coordinate with departments, sectors and localities in drawing up an "
        "investment promotion plan that focuses on supporting industry, in order to build up "
        "investment capital, seize opportunities for technology transfer and technological "
        "innovation, and join global value chains, especially those of EU countries, now that "
        "the EVFTA is in force."
    ),
    ("III-B-2", 3): (
        "Act as the focal point for investment promotion, liaising and connecting with domestic "
        "and foreign organisations, individuals and enterprises to attract capital and resources "
        "for supporting-industry development in the province."
    ),
    ("III-B-2", 4): (
        "Advise the Provincial People's Committee on drawing up and implementing the medium-term "
        "public investment plan for technical infrastructure outside the boundaries of "
        "industrial parks and clusters, and for infrastructure serving supporting-industry "
        "development."
    ),
    ("III-B-2", 5): (
        "Effectively carry out support for small and medium-sized enterprises in supporting "
        "industry and in the priority processing and manufacturing industries, as provided by "
        "the Law on Support for Small and Medium-sized Enterprises and the province's mechanisms "
        "and policies."
    ),
    ("III-B-2", 6): (
        "Study ways to support connections, linkages and cooperation between the province's "
        "enterprises and FDI enterprises, so that they gradually join global supply chains. "
        "Strengthen links and coordination with the competent organisations to provide support "
        "and training for human-resource development, and to promote the development of small "
        "and medium-sized enterprises producing and trading in supporting industry."
    ),
    ("III-B-2", 7): (
        "Step up communication and publish information, programmes and support policies; receive "
        "applications for support; and discuss and resolve the difficulties that small and "
        "medium-sized enterprises in the province need removed."
    ),
    ("III-B-3", 1): (
        "Advise the Provincial People's Committee on integrating and allocating provincial "
        "budget funds to carry out the plan, based on the local budget's capacity to provide "
        "funds and on how the plan is actually being implemented."
    ),
    ("III-B-3", 2): (
        "Allocate funds to ensure the effective implementation of the scheme to encourage the "
        "development of supporting industry in Vinh Phuc province for 2017-2025, approved by the "
        "Provincial People's Committee in Decision No. 2707/QĐ-UBND of 13 October 2017, and an "
        "annual budget to carry out the province's supporting-industry development programme."
    ),
    ("III-B-3", 3): (
        "Take the lead in advising on the design and implementation of a preferential credit "
        "programme with interest-rate subsidies on enterprises' medium- and long-term loans for "
        "projects making priority supporting-industry products, suited to the specific features "
        "and characteristics of each locality; subsidise the interest-rate difference from the "
        "local budget, ODA loans, concessional loans and other lawful sources of funds."
    ),
    ("III-B-4", 1): (
        "Lead and coordinate with departments, boards, sectors and localities in carrying out "
        "support for research and development, the application and transfer of technology, and "
        "technological innovation in making supporting-industry products."
    ),
    ("III-B-4", 2): (
        "Do more to advise on, search for, introduce and help transfer modern production "
        "technologies, and to develop intellectual property; help enterprises build and apply "
        "advanced management systems and tools for improving productivity and quality, "
        "especially tools that support smart manufacturing, so as to raise the labour "
        "productivity, the quality of products and goods, and the business efficiency of "
        "supporting-industry enterprises, enabling them to meet the requirements of the "
        "enterprises that make and assemble complete products."
    ),
    ("III-B-4", 3): (
        "Lead and coordinate with departments and sectors in informing enterprises that make "
        "supporting-industry products about, and guiding them in applying, national, foreign, "
        "regional and international standards in supporting industry."
    ),
    ("III-B-4", 4): (
        "Give priority to supporting and carrying out science and technology tasks in supporting "
        "industry."
    ),
    ("III-B-4", 5): (
        "Give priority to helping supporting-industry manufacturers borrow from the Science and "
        "Technology Development Fund to invest in renewing their technology and production "
        "equipment."
    ),
    ("III-B-4", 6): (
        "Encourage and support start-ups and innovation by enterprises making "
        "supporting-industry products, under Resolution No. 18/2020/NQ-HĐND of 14 December 2020 "
        "of the Provincial People's Council, which sets certain items and spending levels for "
        "carrying out the scheme “Supporting the national innovative start-up ecosystem to 2025” "
        "in Vinh Phuc province."
    ),
    ("III-B-5", 1): (
        "Lead and coordinate with the relevant departments, sectors and localities in carrying "
        "out support for training that raises the quality of human resources, to meet the "
        "human-resource needs of supporting-industry development in the province."
    ),
    ("III-B-5", 2): (
        "Step up international cooperation on skills training and high-quality training in the "
        "industrial sectors; act as the focal point for contact with training institutions at "
        "home and abroad; and cooperate internationally to meet the human-resource needs of "
        "supporting-industry development in the province."
    ),
    ("III-B-5", 3): (
        "Lead and coordinate with the Department of Education and Training in encouraging career "
        "guidance that steers pupils towards vocational education institutions, so as to provide "
        "a skilled workforce for the labour market that matches enterprises' needs, and to keep "
        "a balanced ratio between university and postgraduate education on the one hand and "
        "college, intermediate and elementary training on the other."
    ),
    ("III-B-5", 4): (
        "Develop a workforce that works directly in the trades and occupations that serve "
        "supporting-industry development, meeting the requirements of industrialisation and "
        "modernisation, especially those of the Fourth Industrial Revolution and of "
        "international integration."
    ),
    ("III-B-5", 5): (
        "Step up communication to change awareness, build consensus and mobilise the whole of "
        "society to take part in reforming vocational education and raising its quality; tie "
        "vocational education more closely to the labour market and to sustainable employment."
    ),
    ("III-B-6", 1): (
        "Direct press agencies, publishers and the grassroots information system to step up "
        "information and communication on the Party's guidelines and the State's policies and "
        "laws for promoting supporting industry and the priority processing and manufacturing "
        "industries, so as to publicise the making and implementation of policies and the "
        "activities of enterprises in supporting industry and the priority industries in the "
        "province."
    ),
    ("III-B-6", 2): (
        "Propose and recommend measures for applying information technology in the work of state "
        "agencies and enterprises, to push ahead with e-Government, help reform administrative "
        "procedures and develop IT applications in supporting industry and the priority "
        "industries; ensure consistent and unified management and direction across all levels "
        "and sectors in the province; and ensure openness and transparency in receiving and "
        "handling enterprises' feedback and petitions."
    ),
    ("III-B-6", 3): (
        "Study and propose mechanisms, policies and solutions for developing supporting-industry "
        "enterprises in the information technology and telecommunications industry and the "
        "electronics industry in the province."
    ),
    ("III-B-7", 1): (
        "Guide and help investors making supporting-industry products with the procedures for "
        "investment licensing, and with the procedures after licensing, when they invest in "
        "industrial parks in the province."
    ),
    ("III-B-7", 2): (
        "Support and urge industrial-park infrastructure investors to speed up investment and "
        "construction so as to complete the industrial parks in the province, providing ready "
        "sites to attract new investment projects."
    ),
    ("III-B-7", 3): (
        "Review, adjust and supplement the plan for Vinh Phuc's industrial parks to 2030, with a "
        "vision to 2050, integrated into the Vinh Phuc provincial plan, adding at least one "
        "supporting-industry park to create links between industries."
    ),
    ("III-B-7", 4): (
        "Carry out investment promotion and supporting-industry development effectively, giving "
        "priority to attracting one project to develop the infrastructure of a "
        "supporting-industry park, and attracting projects making supporting-industry products "
        "in electronics and mechanical engineering into the industrial parks. Attract large "
        "domestic and foreign groups and multinational corporations to invest in making complete "
        "products, so that supporting-industry enterprises can join the supply chain."
    ),
    ("III-B-7", 5): (
        "Work with the Department of Labour, Invalids and Social Affairs on training and "
        "developing high-quality human resources, ready to meet the needs of supporting-industry "
        "enterprises."
    ),
    ("III-B-8", 1): (
        "Tighten control over, and proactively prevent and minimise, environmental pollution "
        "from industrial production, especially in industrial parks and clusters."
    ),
    ("III-B-8", 2): (
        "Keep strict control over the management and efficient use of natural resources and over "
        "environmental protection in industrial production."
    ),
    ("III-B-8", 3): (
        "Ensure that land used for the province's industrial development conforms to the "
        "land-use master plans and land-use plans approved by the competent state authorities; "
        "ensure that land is used economically and efficiently, keeping to a minimum the "
        "conversion of high-yield rice land, protection forest land and special-use forest, "
        "especially natural forest, and residential land; and limit the impact on the lives of "
        "people whose land is recovered."
    ),
    ("III-B-8", 4): (
        "Study and propose additions to, and improvements of, support and incentive policies on "
        "land, on access to land and on help with environmental matters, in accordance with the "
        "law, for projects making supporting-industry products on the List of "
        "supporting-industry products prioritised for development, so as to meet the development "
        "needs of supporting-industry manufacturing."
    ),
    ("III-B-9", 1): (
        "Guide enterprises in applying the national technical regulations on quality, technical "
        "safety and environmental protection, especially the regulations on vehicle emissions; "
        "and at the same time apply strict control measures and sanctions to vehicles that do "
        "not meet the emission rules."
    ),
    ("III-B-9", 2): (
        "Support and guide enterprises through the procedures for inspecting, testing and "
        "certifying the quality, technical safety and environmental protection of domestically "
        "made and imported cars, to make things easier for enterprises."
    ),
    ("III-B-9", 3): (
        "Speed up investment in transport infrastructure projects according to the delegated "
        "management responsibilities, especially key transport projects, backbone infrastructure "
        "projects and external transport links, and make transport modes work together, so as to "
        "cut logistics costs and raise the competitiveness of industrial and supporting-industry "
        "products."
    ),
    ("III-B-10", 1): (
        "Take the lead in implementing mechanisms, policies and tools to manage and control "
        "effectively the development of urban areas and of the construction materials industry."
    ),
    ("III-B-10", 2): (
        "Propose solutions for developing and making supporting-industry products in the "
        "production of construction materials: high-quality materials, materials that save "
        "energy and raw materials, sound- and heat-insulating products, environmentally friendly "
        "products, non-fired building materials and recycled products."
    ),
    ("III-B-11", 1): (
        "Propose solutions to control the size of credit and keep credit growth in line with the "
        "indicative targets, together with better credit quality. Direct credit institutions to "
        "grow credit efficiently, channelling it into production and business and into the "
        "priority fields set by the Government and the province, supporting industry among them."
    ),
    ("III-B-11", 2): (
        "Continue to direct credit institutions to carry out a coordinated set of measures that "
        "help supporting-industry manufacturers gain better access to bank credit."
    ),
    ("III-B-12", 1): (
        "Take the lead in advising on administrative reform towards simplification and an "
        "inter-agency one-stop shop, helping to perfect an attractive business environment that "
        "lays the ground for attracting investment projects to make supporting-industry products "
        "in the province."
    ),
    ("III-B-12", 2): (
        "Lead the appraisal of the scheme to establish a local technical centre for industrial "
        "development support, by upgrading the Industry and Trade Development Centre or adding "
        "to its duties, in line with the province's socio-economic conditions, and submit it to "
        "the Provincial People's Committee for issue."
    ),
    ("III-B-13a", 1): (
        "Within their functions and duties, work with departments, sectors and localities to "
        "carry out the tasks and solutions of this plan effectively."
    ),
    ("III-B-13b", 1): (
        "The Vinh Phuc Radio and Television Station, the Vinh Phuc Newspaper and the media "
        "agencies in the province are to produce, broadcast and publish more programmes, columns "
        "and publications on industrial and supporting-industry development activities, to "
        "publicise the making and implementation of policies and the activities of enterprises "
        "in supporting industry and in the priority processing and manufacturing industries in "
        "the province."
    ),
    ("III-B-13b", 2): (
        "Encourage non-state media and press agencies to inform the public regularly and widely "
        "about the Party's, the State's and the province's guidelines and policies on industrial "
        "development."
    ),
    ("III-B-14", 1): (
        "Work closely with departments and sectors in carrying out the tasks and solutions set "
        "out in the plan."
    ),
    ("III-B-14", 2): (
        "Actively help enterprises making supporting-industry products in the province with the "
        "procedures for land, site clearance and the recruitment of workers for their production "
        "needs, etc."
    ),
    ("III-B-14", 3): (
        "Take care to persuade, encourage and help supporting-industry enterprises in the area "
        "to invest in developing their production and business."
    ),
    ("III-B-15", 1): (
        "Take an active part in supporting-industry development activities in the province to "
        "raise productivity, quality and efficiency, helping to promote the development of "
        "supporting-industry products in the province."
    ),
}
