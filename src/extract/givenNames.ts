/** Given names that tell a man's from a woman's, and months that are also surnames (see lexicon.ts for the rest). */

const words = (s: string) => new Set(s.trim().split(/\s+/));

/**
 * Given names that are a woman's or a man's in nearly every use, for "he" and "she" (names used by both, as Jordan,
 * Taylor, Alex, Sam, Jean, Andrea or Kim, are in neither list). A person whose given name is here is never the other
 * pronoun's.
 */
export const WOMEN_NAMES = words(`
  Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Jessie Sarah Karen Nancy Lisa Margaret Sandra Ashley Kimberly Emily
  Donna Michelle Carol Amanda Melissa Deborah Stephanie Rebecca Laura Sharon Cynthia Kathleen Amy Angela Anna Brenda Pamela
  Nicole Emma Samantha Katherine Christine Helen Debra Rachel Carolyn Janet Catherine Heather Diane Julie Joyce Victoria
  Christina Joan Evelyn Lauren Judith Olivia Martha Cheryl Megan Hannah Jacqueline Ann Anne Gloria Teresa Theresa Kathryn Sara
  Janice Julia Marie Grace Judy Beverly Denise Marilyn Amber Danielle Rose Brittany Diana Abigail Natalie Jane Lori Tiffany
  Kayla Valerie Claire Clara Ursula Kamala Hillary Jacinda Giorgia Kaja Annalena Olena Yulia Svetlana Natalia Olga Irina
  Tatiana Tatyana Elena Maria Marta Ana Lucia Sofia Sophia Isabel Carmen Rosa Fatima Aisha Amina Priya Sunita Leyla Nadia
  Valentina Francesca Giulia Chiara Sophie Ingrid Astrid Greta Liz Kristi Ilhan Alexandria Elise Beth Caitlyn Kate Claudia
  Dilma Cristina Marine Ségolène Angelique Mette Sanna Magdalena Ewa Agnieszka Zuzana Lena Eva Emine Ayşe Zeynep Mariam
  Maryam Layla Leila Yasmin Salma Noura Hana Haruko Keiko Yuko Yumiko Tsai Ingrida Kersti Kristalina Roberta Nikki Tulsi
  Alice Alison Allison Angelina Anita Annette Audrey Bethany Bonnie Camila Caroline Cassandra Catalina Cecilia Charlotte
  Colleen Courtney Daniela Dawn Deirdre Delia Eileen Eleanor Elaine Ella Ellen Elisa Erica Erin Esther Felicity
  Fiona Frances Gabriela Gabrielle Gemma Gillian Gina Gwen Harriet Holly Irene Isabella Jade Jana Jasmine Jeanne Jenna
  Jill Joanna Jocelyn Josephine Karin Katarina Katie Kelly Kirsten Kristen Kristina Leah Lillian Lorraine
  Louise Lucy Lydia Madeleine Mallory Marcela Margarita Mariana Marina Marisa Marjorie Maureen Melanie Mia Miriam Molly Monica
  Nadine Naomi Nina Nora Paula Pauline Penelope Rita Roxanne Ruth Sabrina Selena Serena Shannon Sheila Shirley Silvia
  Sonia Stella Susanna Suzanne Sylvia Tamara Tanya Tara Tina Vanessa Vera Veronica Vivian Wendy Yvonne Zoe Zoë
  Aminata Chiamaka Ngozi Folake Wanjiru Nkechi Adaeze Halima Zainab Khadija Farah Noor Anjali Deepa Kavita Lakshmi Meera
  Shreya Yuki Akiko Naoko Mei Ludmila Anastasia Daria Ekaterina Oksana Alina Iryna Petra Ilse
  Samia Xiomara Yoko Sanae Nirmala Hasina Paetongtarn Chrystia Mélanie Élisabeth Yingluck Megawati Retno Halimah Benazir
  Indira Smriti Mamata Priyanka Ellen Helle Magda Beata Jolanta Dalia Vjosa Zoe Nneka Funmi Efua Akua Wangari
  Carole Siobhan Aoife Niamh Sinead Kirsty Hayley Carys Bronwen Morag Eilidh Ailsa Shona Maeve Orla Sian Siân Ffion Cerys Bethan Rhian Llinos Nia Eleri
  Oleksandra Yuliia Olha Kateryna Svitlana Sushma Pratibha Droupadi Mithali Saina Pooja Neha Divya Kavya Ananya Sneha Shweta Aishwarya Deepika Alia Kareena Katrina Madhuri
  Carrie Brooke Ally Beatriz Whitney Lindsey Ciara Saoirse Bronwyn Lowri Teresa Aoibhinn Thandiwe Nomvula Lerato
  Annie Maddie Millie Ellie Hattie Lottie Sadie Josie Rosie Libby Abby Becky Cindy Mandy Kylie Hailey Hailee Kelsey Gracie
  Zendaya Ariana Billie Demi Miley Beyoncé Beyonce Rihanna Margot Gigi Khloe Khloé Kourtney Nicki Kacey Bella
`);
export const MEN_NAMES = words(`
  Sultan James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark Donald Steven
  Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan
  Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Frank Alexander Raymond Patrick Jack Dennis Jerry Tyler Aaron
  Jose Adam Henry Nathan Douglas Zachary Peter Kyle Walter Ethan Jeremy Harold Keith Roger Noah Gerald Carl Terry Sean Arthur
  Lawrence Jesse Dylan Bryan Joe Billy Bruce Albert Gabriel Alan Juan Wayne Roy Ralph Randy Eugene Vincent Russell Louis Philip
  Johnny Boris Vladimir Sergei Sergey Dmitry Dmitri Volodymyr Emmanuel Olaf Antony Tony Mike Bill Jim Tom Bob Rishi Keir
  Narendra Recep Mohammed Mohammad Muhammad Ahmed Ahmad Ali Omar Hassan Hussein Abdullah Ibrahim Mustafa Yusuf Luiz Carlos
  Pedro Pablo Javier Miguel Luis Jorge Diego Alberto Antonio Francesco Giuseppe Marco Matteo Pierre Jacques François Hans Karl
  Friedrich Wolfgang Lars Jens Rafael Novak Cristiano Lionel Kylian Jannik Neil Kurt Gordon Rudy Mitch Chuck Ted Dan Matt Nick
  Ben Fumio Shinzo Shigeru Yoon Naftali Yair Ehud Ashraf Imran Shehbaz Nawaz Viktor
  Andrzej Mateusz Petr Miloš Aleksandar Mevlüt Hakan Kemal Ilham Nikol Vahagn Ramzan Alexei Alexey Yevgeny Ivan
  Aidan Alex Alfred Andre Andrés Andy Angus Antoine Arnold Barry Bernard Bradley Brett Calvin Cameron Charlie Chris Christian
  Clarence Clifford Colin Connor Craig Curtis Dale Damien Darren Dave Dean Derek Desmond Dominic Duncan Dustin Earl Edgar Eddie
  Edwin Elijah Elliot Emil Emilio Enrique Ernest Felix Fernando Francis Francisco Fred Freddie Garrett Gavin Geoffrey Gerard
  Gilbert Glenn Graham Greg Guillermo Gustavo Harry Harvey Hector Herbert Howard Hugh Hugo Ian Isaac Jake Jared Jay Jeff
  Jeremiah Jerome Jimmy Joaquín Joel Jon Jonah Josh Julian Julien Ken Kieran Kirk Lance Leo Leon Leonard Lewis Liam
  Lloyd Logan Lucas Luca Luke Malcolm Manuel Marc Marcus Mario Martin Marvin Mathieu Maurice Max Maxwell Mikhail Mitchell
  Nathaniel Neville Nigel Norman Oliver Oscar Owen Patrice Phil Philippe Ray Reginald Ricardo Rick Ricky Rodney Roland
  Ron Ross Rudolf Russ Salvador Sam Sebastian Seth Simon Stanley Stefan Steve Stuart Terrence Theodore Todd Travis Trevor Troy
  Vernon Victor Wade Warren Wesley Willem Xavier Zach Abdul Abu Ahmet Amir Anil Arjun Deepak Farid Hamid Hamza Jamal Karim Khalid
  Mahmoud Mehmet Nabil Omid Rahul Rajesh Ravi Reza Saeed Samir Sanjay Suresh Tariq Vikram Yasser Youssef Chukwuma Emeka Kwame
  Kofi Oluwaseun Tunde Yaw Jomo Uhuru Cyril Thabo Hiroshi Kenji Takeshi Haruki Yoshihide Taro
  Andriy Oleksandr Oleksiy Mykola Taras Yuriy Nikolai Pavel Anatoly Gennady Igor Oleg Jaroslaw Tomasz Piotr Krzysztof
  Jiri Tomas Lukas Matthias Jürgen Klaus Dieter Günter Heinz Helmut Horst Uwe Sven Björn Henrik Mats Nils Magnus Anders
  Giovanni Luigi Paolo Alessandro Roberto Stefano Sergio Fabio Gianni Massimo Alain Didier Laurent Thierry Olivier Yves Hervé
  Bruno Rui João Paulo Sérgio Gonzalo Santiago Alejandro Raúl Ramón Héctor Arturo Ernesto
  Mohamed Mohamad Muhammed Mahmud Mahmood Carlo Arne Erik Johan Jonas Niklas Tobias Florian Mateo Nicolas Nicolás Emre
  Murat Burak Kamal Salman Faisal Abdel Abdelaziz Abdulla Abdullahi Walid Nasser Hamad Tamim Rashid Hamdan Ismail Idris
  Bashar Hosni Fahad Khaled Tarek Tareq Sami Ayman Osama Yahya Bilal Musa Hossein Masoud Mohsen Javad Ebrahim Enzo
  Marcelo Rodrigo Thiago Vinicius Alvaro Álvaro Luka Dusan Goran Zoran Dragan Aleksandr Vitali Vitaly Yuri Yury Maxim
  Ruslan Rustam Kassym Nursultan Shavkat Binali Ekrem Cem Orhan Abiy Hailemariam Bola Atiku Yoweri Emmerson Hakainde
  Raila Mahamat Assimi Macky Bassirou Ousmane Alassane Faure Denis Joao Nayib Bernardo Jair Yoshimasa Anwar Mahathir
  Najib Prabowo Joko Ferdinand Srettha Prayut Thaksin Arvind Amit Subrahmanyam Asif Bilawal Ranil Gotabaya Mahinda
  Kyriakos Alexis Andreas Nikos Yannis Giorgos Dimitris Mircea Klaus Viorel Edi Aleksandar Nebojsa Janez Robert
  Ollie Gus Alastair Alistair Rory Finn Callum Hamish Euan Rhys Gareth Dafydd Ciaran Declan Conor Niall Seamus Padraig Ewan
  Rohit Virat Sachin Gautam Jasprit Shubman Rishabh Hardik Ravindra Ajinkya Amitabh Rajnath Nitin Piyush Yogi Akhilesh Sharad
  Uddhav Devendra Eknath Shashi Jairam Pawan Naveen Nitish Tejashwi Mallikarjun Revanth Chandrababu Manish Sanjiv Pankaj Manoj
  Vinod Ashok Sunil Anand Ajay Vijay Rakesh Mukesh Ratan Babar Shaheen Fakhar Ishaq Khawaja Asim Airlangga Luhut Gibran Anies
  Ganjar Mahfud Sugiono Bahlil Zahid Fahmi Rafizi Saifuddin Anutin Pita Parnpree Kithure Rigathi Musalia Kalonzo Fikile Bheki
  Julius Nnamdi Kashim Yemi Nyesom Babajide Adel Majed Majid Nayef Badr Abdulrahman Abdulaziz Abbas Mojtaba Esmaeil
  Kazem Devlet Numan Shinjiro Katsunobu Toshimitsu Koichi Akira Kazuo Yukio Naoki Takashi Shohei Ichiro
  Huw Aled Iwan Owain Emyr Gethin Ruben Rúben Lisandro Péter Gergely Balázs Zoltán László Gábor Tamás Ferenc Andrii Oleksii Dmytro Serhiy Serhii Yurii Vitalii Mykhailo Denys Ihor Rustem Kyrylo Valerii Petro Vasyl Bohdan Oleh Maksym
  Len Sipho Thabo Dwayne Darnell Tyrone Jermaine Kareem Demetrius Cody Clint Duane Shane Heath Lachlan Fergus Oisin Eamon Mandla Bongani
  Mikey Benny Bobby Danny Tommy Joey Frankie Sammy Kenny Lenny Teddy Robbie Ronnie Donnie Zayn Shawn Brad Leonardo Timothée
  Timothee Cillian Kanye Pete Olly Ed
`);
/** Given names borne by men and women alike, which tell no one's sex ("Kelly Ortberg … he said"). */
export const UNISEX_NAMES = words(`
  Kelly Ashley Shannon Robin Leslie Jamie Alex Sam Chris Jesse Jessie Dana Jean Andrea Nicola Kim Morgan Taylor Jordan
  Casey Terry Kerry Tracy Lee Pat Sasha Avery Riley Charlie
`);
/** A given name of either list: "Tom Young" is a person's name, "Heinz" a man's. */
const listedGiven = (word: string) => WOMEN_NAMES.has(word) || MEN_NAMES.has(word);
/** A given name of either list, or one joined from them ("Eva-Marie", "Jean-Pierre"), or one with a capital inside ("AbdulRahman"). */
export const isGivenName = (word: string): boolean =>
  listedGiven(word) || (word.includes('-') && word.split('-').every(listedGiven)) || (/^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u.test(word) && listedGiven(word[0] + word.slice(1).toLowerCase()));
/** Months that are also surnames. */
export const MONTH_SURNAMES = /^(?:May|June|April|August)$/;
/** "Theresa May", "Brian May": a month after a known given name, with no day after it, is a surname. */
export const isMonthSurname = (given: string, word: string, after: string): boolean => MONTH_SURNAMES.test(word) && isGivenName(given) && !/^\s*\d/.test(after);
