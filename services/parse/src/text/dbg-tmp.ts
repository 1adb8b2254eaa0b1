import { judgeHeadline } from './fragments.js';
import { splitSentenceSpans } from './sentences.js';
for (const s of ["GOTY: Kotaku's Top 12 Games of 2023, Ranked.", "Sanders: Clinton Needs to 'Get Away From All of This Personality Stuff' With Trump.", "These Are the 2024 Fashion Trends You Should Know (And Shop) Now.", "Xi, Putin Vow to Deepen Ties in New Year Messages", "Over 100 Killed as Quake Hits Remote Region", "India Thrash Australia by 6 Wickets to Seal Series 3-1", "PM Modi to Visit US Next Week, Likely to Meet Trump", "Chinese Spy Balloon Shot Down Over Atlantic: Pentagon"])
  console.log(JSON.stringify(judgeHeadline(s)), s);
console.log(splitSentenceSpans("He said so. GOTY: Kotaku's Top 12 Games of 2023, Ranked. She left."));
