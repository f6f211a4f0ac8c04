"""Redaction quality: this engine against bare Presidio on a generated, labelled set.

The set is generated with Faker (seeded) from the templates below: chat lines, bios, profile fields and posts as
an emergency disclosure carries them, with planted names, emails, phones, SSNs, cards, IPs, addresses, URLs,
handles, wallets and dates of birth, and negatives that only look like PII (order and case numbers, times, dates,
amounts, versions). Names are capitalised as in profile data; real place names are never planted.

Per entity type:
  recall     a planted value counts as caught only when none of its letters or digits survive (every one of them
             lies inside a redacted span);
  leaks      planted values found verbatim in the output text;
  precision  redacted spans of that type that overlap a planted value of that type.
Negatives: the share of negative texts left exactly as they were.

Bare Presidio: ``AnalyzerEngine`` (same spaCy model, full pipeline, default recognizers) + ``AnonymizerEngine``
(replace), at its default threshold (0) and at 0.5, analysed once per text.

    .venv/bin/python bench/redaction_eval.py                 # 700 positives + 250 negatives, tuning templates
    .venv/bin/python bench/redaction_eval.py --set fresh30    # the latest set nothing was changed from (see SETS)
    .venv/bin/python bench/redaction_eval.py --n 100 --neg 40 --no-presidio   # quick
"""

from __future__ import annotations

import argparse
import logging
import random
import re
import string
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

_HERE = Path(__file__).resolve().parent
sys.path[:] = [
    p for p in sys.path if Path(p or ".").resolve() != _HERE
]  # bench/redaction.py shadows the package

from faker import Faker

# --------------------------------------------------------------------------------------------------------------
# Templates. {KIND} or {KIND#n}: the n-th distinct value of that kind in the text. Kinds in PLANTED are scored;
# the others (times, amounts, order numbers …) are evidence that must stay.

POSITIVE = [
    # chat
    "hey it's {NAME}, text me at {PHONE} when you get this",
    "{NAME}: are you coming tonight? i'm at {STREET}",
    "{NAME}: yeah {FIRST#2} told me already. his number is {PHONE}",
    "can you send the money to {EMAIL}? it's {NAME}'s account",
    "my ssn is {SSN} dont share it with anyone",
    "use my card {CARD} for the tickets, total was {AMOUNT}",
    "I logged in from {IP} last night around {TIME}",
    "new address:\n{ADDRESS}",
    "check out my page {URL} and follow me {HANDLE}",
    "Tell {NAME} to call {PHONE} before {TIME}",
    "I'm staying with my cousin {NAME} at {STREET}, {CITYSTATE} until {WEEKDAY}",
    "Order {ORDER} was delivered to {NAME} at {STREET} on {DATE}",
    "that ip {IP6} keeps hitting my account",
    "Hi {FIRST}, it was great meeting you. My email is {EMAIL} and my cell is {PHONE}.",
    "{NAME} and {NAME#2} were both at the party on {DATE}",
    "Did {NAME} ever pay you back the {AMOUNT}?",
    "send the btc to {WALLET} by {TIME} or else",
    "My friend {NAME} lives in {CITYSTATE} now",
    "meet me at {STREET} at {TIME}, come alone",
    "{NAME}: ok send it to {EMAIL}\n{NAME#2}: done, check ur inbox",
    "New phone who dis? This is {NAME}, my new number is {PHONE}",
    "Got a message from {EMAIL} asking for my social {SSN}",
    "{NAME} wrote: see you at {TIME} by the gym",
    "please forward this to {NAME} <{EMAIL}> asap",
    "he said his name is {NAME} and he is from {CITYSTATE}",
    "wtf {HANDLE} just posted my address {STREET} online",
    "I sent {AMOUNT} to {NAME} on {WEEKDAY}, order {ORDER}",
    "{FIRST} is at {ADDRESS_LINE} right now, hurry",
    # bios, profiles
    "Bio: {NAME} | {CITYSTATE} | {URL}",
    "Contact: {EMAIL} / {PHONE}",
    "Emergency contact: {NAME}, {PHONE}",
    "Married to {NAME}. Works at {COMPANY}.",
    "Recovery email {EMAIL}, recovery phone {PHONE}",
    "Registered from IP {IP}, last login {DATE} {TIME}",
    "Name: {NAME}\nDOB: {DOB}\nAddress: {ADDRESS_LINE}",
    "Payment method: card ending {LAST4}, full number {CARD}",
    # posts
    "Happy birthday to my sister {NAME}! Love you {FIRST#1}!",
    "Lost dog near {STREET}. Call {PHONE} or DM {HANDLE}",
    "{NAME} owes me {AMOUNT}, his venmo is {HANDLE}",
    "Selling my car, text {PHONE}. Pickup at {ADDRESS_LINE}.",
    "Shoutout to {NAME} and {NAME#2} for the help today",
    "RIP {NAME}, you will be missed. Service at {STREET} on {DATE}.",
    "Server logs: {IP} -> {IP#2} at {TIME}, user {HANDLE}",
    "{NAME} was born {DOB}, she is my daughter",
    "Donations: {WALLET} or {URL}",
]

NEGATIVE = [
    "Order {ORDER} shipped on {DATE}, total {AMOUNT}. Tracking number {TRACKING}.",
    "Meeting moved to {TIME} on {WEEKDAY}. Bring the quarterly report.",
    "Case {CASE} was escalated at {TIME}; reference {REF}.",
    "Version {VERSION} fixes the login bug (build {BUILD}).",
    "The invoice {INVOICE} for {AMOUNT} is due {DATE}.",
    "call me when you can, im free after {TIME}",
    "Room 204 at {TIME}, then lunch at noon.",
    "final score was 21-14 in the 4th quarter, what a game",
    "Item SKU {SKU} costs {AMOUNT}, qty 3.",
    "Error code 0x80070005 at {DATE} {TIME}",
    "I paid {AMOUNT} on {DATE} with confirmation #{CONF}.",
    "lol see you @ 5pm",
    "Rated 4.5/5 stars from 1,234 reviews",
    "Download speed 100.0 Mbps, ping 12 ms, upload 9.8 Mbps",
    "train leaves at {TIME} from platform 9",
    "Ticket {TICKET}: password reset requested {DATE}",
    "Order number {DIGITS10} for the chairs was refunded",
    "The meeting is on {ISODATE} from 9:00 to 10:30",
    "Happy new year everyone! See you all in January.",
    "He said the total was {AMOUNT} plus tax.",
    "Deadline: {DATE}. Priority: high. Status: open.",
    "dont forget the milk and eggs",
    "Patch notes {VERSION}: fixed crash on startup",
    "ok see you tomorrow at {TIME}",
    "Transaction {TXN} of {AMOUNT} completed at {TIME} on {DATE}",
    "is the package coming {WEEKDAY} or {WEEKDAY#2}?",
    "im so tired, work was crazy today",
    "Step 3 of 5: verify your account (code {CODE})",
]

# A second round, written after the first tuning; its misses were looked at and fixed, so it is tuning data too.
POSITIVE_2 = [
    "ok so {NAME} just showed up at my work again. i told {FIRST#2} to stay away but he wont listen",
    "Reminder: {NAME}'s party is at {ADDRESS_LINE} this {WEEKDAY} at {TIME}!!",
    "if anything happens to me it was {NAME}. he has been following me since {DATE}",
    "{FIRST} pls answer ur phone. {PHONE}. its urgent",
    "Venmo request from {NAME}: {AMOUNT} for concert tickets",
    "From: {NAME} <{EMAIL}>\nTo: {EMAIL#2}\nSubject: tomorrow\n\nsee you at {TIME}",
    "The account was created with {EMAIL} from IP {IP} on {DATE}.",
    "I think {NAME} and her brother {FIRST#2} are selling stuff out of {STREET}",
    "my old roommate {NAME} still has my stuff, her new place is {ADDRESS_LINE}",
    "Blocked {HANDLE} and {HANDLE#2} today, they keep sending threats",
    "you can reach {NAME} at {PHONE} or {PHONE#2} (work)",
    "Address on file: {ADDRESS_LINE}. Card on file: {CARD}. SSN on file: {SSN}.",
    "{NAME} commented: lol who invited {FIRST#2}",
    "Booked by {NAME}, {AMOUNT} paid, confirmation {ORDER}",
    "Meet {NAME} outside {STREET} around {TIME}, she'll have the keys",
    "new number, save it: {PHONE} - {FIRST}",
    "Logins: {IP} ({DATE}), {IP#2} ({DATE#2}), {IP6} ({DATE#3})",
    "Do you know {NAME}? She said you two met in {CITYSTATE}.",
    "{NAME} threatened to come to my house at {ADDRESS_LINE}",
    "Profile: {URL} | Email: {EMAIL} | Phone: {PHONE}",
    "Hello, I am {NAME} and I live at {STREET} in {CITYSTATE}.",
    "Can someone tell {NAME} to stop messaging me? His other account is {HANDLE}.",
    "paid {NAME} back {AMOUNT} with card {CARD}",
    "Witness: {NAME}, phone {PHONE}, lives at {STREET}",
    "{FIRST} and {FIRST#2} are going to {STREET} after school",
]

NEGATIVE_2 = [
    "Black Friday sale ends {WEEKDAY} at {TIME}",
    "Customer Support said the refund takes 5 to 7 business days",
    "Please read our Terms of Service and Privacy Policy before {DATE}.",
    "Merry Christmas and Happy New Year!",
    "Good Morning team, standup at {TIME}",
    "Your verification code is {CODE}. It expires in 10 minutes.",
    "Flight UA {BUILD} delayed to {TIME}, gate B12",
    "Invoice {INVOICE} paid in full ({AMOUNT}).",
    "Password changed on {DATE} at {TIME}.",
    "We shipped 3 of 4 items; the rest ships by {DATE}.",
    "The Q3 Report is attached, see page 12",
    "Game Night moved to {WEEKDAY}, bring snacks",
    "Your order {ORDER} is Out For Delivery",
    "Chapter 4 Review Questions due {WEEKDAY}",
    "Level 12 unlocked! Score 45,210",
]

# Held out: written after the first two rounds of tuning. Measured once (person recall 0.984, negatives untouched
# 0.60: title-case notification text read as names), then two generic fixes were made from what it showed (a
# part-of-speech lexicon for the weaker name cues; two-word chat speakers), so it is no longer clean.
HELDOUT_POSITIVE = [
    "Omg {NAME} is literally outside my window rn. {STREET}. call 911",
    "thx for the ride {FIRST}! btw my number changed to {PHONE}",
    "Attached is the lease for {ADDRESS_LINE}, signed by {NAME} and {NAME#2}.",
    "{NAME} ({HANDLE}) keeps dm'ing my daughter, please help",
    "Sold to {NAME} for {AMOUNT}; shipped to {ADDRESS_LINE} via order {ORDER}",
    "anyone know {NAME}? says she lives near {STREET}",
    "Payout to {EMAIL} failed; card {CARD} was declined on {DATE}",
    "Wifi logs show {IP} and {IP6} connected at {TIME}",
    "I owe {FIRST} like {AMOUNT} lol",
    "My mom {NAME} can be reached at {PHONE} or {EMAIL}",
    "Her SSN is {SSN} and her DOB is {DOB}",
    "{NAME} sent me this link {URL} and now my account is locked",
    "New follower: {HANDLE} ({NAME})",
    "Picked up {FIRST} and {FIRST#2} from practice at {TIME}",
    "Ask for {NAME} at the front desk, room 214",
    "{NAME}, {CITYSTATE} - member since {DATE}",
    "can u believe {NAME} posted that?? screenshot it before {TIME}",
    "Ship to: {NAME}\n{ADDRESS}",
    "{FIRST}: where are you\n{FIRST#2}: at {STREET}, come get me",
    "Reported {HANDLE} for harassment. Their email is {EMAIL}.",
]

HELDOUT_NEGATIVE = [
    "Your Order Has Shipped! Estimated delivery {DATE}.",
    "Monthly Summary: 14 posts, 230 likes, 12 new followers",
    "Security Alert: new sign-in on Chrome for Windows at {TIME}",
    "the bus was late again, got to class at {TIME}",
    "Refund of {AMOUNT} issued to your original payment method.",
    "Two-Factor Authentication is now On",
    "Team Meeting Notes - {DATE}: budget approved, next review in Q4",
    "reply STOP to unsubscribe, msg and data rates may apply",
    "Case {CASE} status changed from Open to Pending Review",
    "lmao that movie was so bad, 2/10",
]

# Fresh: written after all tuning was finished and measured once (negatives untouched 0.60: notification phrases
# read as names). The title-case-phrase checks in redaction/people.py were then made from its failures, so it is
# tuning data now, like fresh 2 and 3 below (each measured once before it was tuned on). Fresh 4 and 5 are clean.
FRESH_POSITIVE = [
    "yo {FIRST} where r u?? {FIRST#2} is looking for you",
    "Forwarding the screenshot {NAME} sent me last night from {EMAIL}",
    "He goes by {HANDLE} online but his real name is {NAME}",
    "Pickup address changed to {ADDRESS_LINE} per {NAME}'s request",
    "{NAME} called from {PHONE} twice and left a voicemail",
    "the guy who sold it was {NAME}, paid with card {CARD}",
    "We tracked the upload to {IP} (registered to {NAME})",
    "Last seen with {NAME} near {STREET}, {CITYSTATE}",
    "Please stop contacting {FIRST}. She does not want to talk to you.",
    "{NAME}'s new email is {EMAIL}, old one was {EMAIL#2}",
    "got a weird text from {PHONE} saying it was {FIRST}",
    "Account holder: {NAME}. SSN {SSN}. Phone {PHONE}.",
    "dude {NAME} literally told everyone where I live ({STREET})",
    "{FIRST} and I broke up, she moved back to {CITYSTATE}",
    "send the pics to {HANDLE} or {EMAIL}, {FIRST} said",
]

FRESH_NEGATIVE = [
    "Weekly Digest: 5 new messages, 2 friend requests",
    "Payment Received - Thank You!",
    "your subscription renews on {DATE} for {AMOUNT}",
    "Account Settings updated at {TIME}",
    "Low Battery: 5% remaining",
    "Read Receipt: seen {WEEKDAY} at {TIME}",
    "New Login From Unknown Device",
    "idk what happened, the app crashed twice today",
    "Flash Sale! 40% off ends tonight",
    "Ticket {TICKET} Resolved - Rate Your Experience",
]

# Fresh 2: written before the fixes for the fresh set's failures and not looked at while making them; measured once.
FRESH2_POSITIVE = [
    "{NAME}: did you get home ok?\n{NAME#2}: yes thanks",
    "I gave the spare key to {NAME} last {WEEKDAY}",
    "Transfer of {AMOUNT} from {NAME} to {NAME#2} flagged for review",
    "talked to {FIRST} about it, he says {NAME} has the receipts",
    "Parent/guardian: {NAME}, {PHONE}, {EMAIL}",
    "screenshot from {NAME}'s story shows {STREET}",
    "Delivered to {NAME} at {ADDRESS_LINE}, signed by {FIRST#2}",
    "{NAME} keeps calling me from {PHONE}, I blocked {HANDLE}",
    "Report filed against {NAME} (IP {IP}) on {DATE}",
    "her cousin {FIRST} drove us to {CITYSTATE} in {NAME}'s car",
    "Thanks {FIRST}! Sending the deposit with card {CARD} tonight",
    "Can you ask {NAME} if the SSN {SSN} on the form is hers?",
]

FRESH2_NEGATIVE = [
    "Storage Almost Full: 4.8 of 5 GB used",
    "Daily Reminder: Drink Water",
    "Your Weekly Activity Report is ready",
    "Price Drop Alert: Wireless Earbuds now {AMOUNT}",
    "Friend Request Accepted",
    "Scheduled Maintenance: {DATE} from {TIME}",
    "Backup Completed Successfully at {TIME}",
    "Trending Now: Top Stories This Week",
    "omg the new season drops {WEEKDAY}, so hyped",
    "Delivery Attempted - Action Required",
    "Limited Time Offer: Free Shipping on orders over {AMOUNT}",
    "Password Expiring Soon: change it before {DATE}",
]

# Fresh 3: written after fresh 2 was measured and before any change made from its failures; measured once.
FRESH3_POSITIVE = [
    "i swear {NAME} took my phone, ask {FIRST#2} she saw it",
    "{NAME}: can u pick me up\n{NAME#2}: omw",
    "Sent {AMOUNT} to {NAME} for rent, memo says {STREET}",
    "Coach {NAME} wants everyone at the field by {TIME}",
    "Guest list: {NAME}, {NAME#2} and {FIRST#3}",
    "this is {FIRST}'s mom, please call me back at {PHONE}",
    "The listing was posted by {NAME} ({EMAIL}) from {IP}",
    "{NAME} is not who he says he is. His SSN {SSN} belongs to someone else",
    "Emergency contact for {NAME}: {NAME#2}, {PHONE}",
    "went to {FIRST}'s place on {STREET} but nobody answered",
    "Card {CARD} was used by {NAME} at {TIME} on {DATE}",
    "lol {NAME} really thinks nobody knows about {HANDLE}",
]

FRESH3_NEGATIVE = [
    "Order Confirmed: Your Package Is On Its Way",
    "Happy Hour Specials until {TIME}",
    "Update Available: Version {VERSION} adds Dark Mode",
    "Missed Call at {TIME}",
    "Quiet Hours Enabled",
    "Daily Deals - Save Big on Kitchen Essentials",
    "so tired lol, going to bed early",
    "Direct Deposit Received: {AMOUNT}",
    "Weather Alert: Heavy Rain Expected {WEEKDAY}",
    "Community Guidelines Reminder",
    "Screen Time Report: 4h 12m daily average",
    "Welcome Back! Pick Up Where You Left Off",
]

# Fresh 4: written after fresh 3 was measured; measured once (negatives untouched 0.664). One change tried from its
# failures (a dictionary-word test for every weak cue) cost held-out person recall (0.985 -> 0.947) and was reverted.
# The title-case checks for heading lines and line-opening runs in redaction/people.py were later made from its
# failures and fresh 5's, so both are tuning data now.
FRESH4_POSITIVE = [
    "{FIRST} said {NAME} was at the bar with her ex until {TIME}",
    "Refund sent to {NAME} at {EMAIL} on {DATE}",
    "my landlord {NAME} keeps texting me from {PHONE}",
    "{NAME}: whos this\n{NAME#2}: its me lol new phone",
    "The burner account {HANDLE} was opened by {NAME} from {IP}",
    "Tell {FIRST} I said hi and that I'm moving to {CITYSTATE}",
    "Delivery for {NAME}, {ADDRESS_LINE}. Leave at door.",
    "I think {NAME}'s brother {FIRST#2} has my card {CARD}",
    "Beneficiary: {NAME}. Routing info sent to {EMAIL}.",
    "Ran into {NAME} at the mall today, she looked awful",
    "Spoke with {NAME} from the leasing office about {STREET}",
    "{FIRST} won't stop calling, {PHONE}, please block",
]

FRESH4_NEGATIVE = [
    "Background App Refresh Disabled",
    "Photo Memories: One Year Ago Today",
    "Special Offer Inside - Open Now",
    "Low Data Mode is on",
    "Game Over! Final Score {CODE}",
    "haha yeah that class is brutal",
    "Saved Searches: 3 New Results",
    "Auto Renewal Turned Off on {DATE}",
    "Cloud Sync Paused",
    "Smart Home Hub Offline since {TIME}",
    "Holiday Hours: Closed {WEEKDAY}",
    "Good Luck on Your Exam Tomorrow!",
]

# Fresh 5: written after fresh 4 was measured and before any change made from its failures; measured once (0.900).
FRESH5_POSITIVE = [
    "{NAME} left a review saying I scammed her, her number is {PHONE}",
    "Pay {NAME} back by {WEEKDAY}, she needs it for rent",
    "Roommate Agreement between {NAME} and {NAME#2}, unit at {STREET}",
    "{FIRST}: did u see what {NAME} posted\n{FIRST#2}: no what",
    "i met {FIRST} through {NAME}, they work together at the hospital",
    "Sender: {NAME} ({EMAIL}), IP {IP}",
    "Asking {NAME} to stop. Please. This is the third time.",
    "Reservation under {NAME} for 4 people at {TIME}",
    "My neighbor {FIRST} saw the car outside {ADDRESS_LINE}",
    "{NAME}'s venmo is {HANDLE} and her cell is {PHONE}",
]

FRESH5_NEGATIVE = [
    "Night Shift Turned On",
    "Storage Optimization Complete",
    "Limited Edition Sneakers Back In Stock",
    "Voice Memo Saved: 00:42",
    "Payment Failed: Update Billing Info",
    "ugh the wifi keeps dropping again",
    "Parking Permit Expires {DATE}",
    "Fresh Picks For You",
    "Group Chat Muted for 8 hours",
    "Battery Health: Peak Performance Capability",
]

# Fresh 6 and 7: written before any change made from fresh 4 and 5's failures, with new kinds of text (gaming and
# school group chats, marketplace listings, ride-share receipts; settings screens, song/book/film titles, brand and
# product names, sign-like phrases, title-case headings). Measured once each, after that tuning was finished:
# fresh 6 negatives untouched 0.828 (person recall 0.972), fresh 7 person recall 0.946 (negatives 0.924). The Census
# name tables (redaction/data) and the rules in redaction/people.py that use them were then made from their
# failures, so both are tuning data now.
FRESH6_POSITIVE = [
    "gg {FIRST}, carry me next round too lol",
    "{HANDLE} keeps teamkilling, his discord says his real name is {NAME}",
    "selling my old ps5 for {AMOUNT} obo, ask for {FIRST} at {ADDRESS_LINE}",
    "Still available! Pickup near {STREET} or I can ship. Venmo {HANDLE}, thx - {FIRST}",
    "Your ride with {FIRST} on {DATE}: {AMOUNT} charged to card {CARD}",
    "Driver {NAME} dropped you off at {STREET}, {CITYSTATE} at {TIME}",
    "{NAME} added {NAME#2} to the group",
    "does anyone have {FIRST}'s number? we need her for the project, mine is {PHONE}",
    "{FIRST}: who has the bio notes\n{FIRST#2}: check the drive\n{FIRST}: thx",
    "Buyer {NAME} says the package never arrived, it was shipped to {ADDRESS_LINE}",
    "that kid {FIRST} from 3rd period got into my account from {IP}",
    "Seller contact: {EMAIL}, {PHONE} (ask for {FIRST})",
    "raid tonight at {TIME}, {FIRST} and {FIRST#2} are tanking",
    "Trip receipt for {NAME}: pickup {STREET}, dropoff {ADDRESS_LINE}",
    "the seller asked for my SSN ({SSN}) to verify me, his name was {NAME}",
]

FRESH6_NEGATIVE = [
    "Victory Royale! 12 eliminations, squad rank Gold III",
    "Like New Standing Desk - Oak Finish, {AMOUNT} firm",
    "Mid-Century Modern Coffee Table, local pickup only",
    "who has the answers for the Chapter 7 Worksheet lol",
    "Trip Fare {AMOUNT} - Base Fare, Booking Fee and Tolls included",
    "Rate Your Driver: 5 Stars",
    "Season Pass Rewards Unlocked: Golden Dragon Skin",
    "Field Trip Permission Slip due {WEEKDAY}",
    "Crossbody Bag, Vintage Leather, Great Condition",
    "Surge Pricing In Effect: fares are higher than usual",
    "respawn in 10s, enemy team captured Point B",
    "Honor Roll Assembly moved to {TIME}",
]

FRESH7_POSITIVE = [
    "Apple ID: {EMAIL}\nTrusted Phone Number: {PHONE}\nName: {NAME}",
    "{NAME} recommended the book to me and then emailed it from {EMAIL}",
    "Settings screenshot: signed in as {NAME} ({EMAIL}), device IP {IP}",
    "we went to the movies with {FIRST} and her dad {NAME#2}",
    "Playlist made by {NAME}, shared from {URL}",
    "{FIRST} bought the Nike shoes with my card {CARD} without asking",
    "Hey {FIRST}, the Starbucks on {STREET} is where we meet {WEEKDAY}",
    "Deposit from {NAME}, memo: rent for {ADDRESS_LINE}",
    "Wallet {WALLET} belongs to {NAME}, he said so in the Discord",
    "my grandma {NAME} was born {DOB} and lives in {CITYSTATE}",
    "Linked accounts: {HANDLE}, {EMAIL}, phone {PHONE}",
    "{NAME} is the one who posted the video from {IP6}",
]

FRESH7_NEGATIVE = [
    "Do Not Disturb While Driving",
    "Location Services: While Using the App",
    "Now Playing: Midnight City Lights (Deluxe Edition)",
    "Finished reading The Silent Patient last night, so good",
    "Slow Children At Play",
    "No Parking Any Time - Tow Away Zone",
    "Watched Knives Out again, still holds up",
    "Chapter Three: The Long Way Home",
    "Grande Iced Caramel Macchiato, Oat Milk, Extra Shot",
    "Emergency SOS: Call With Side Button",
    "Frequently Asked Questions",
    "Dead End Road Ahead",
    "Read Later, Reading List, Shared With You",
]

# Fresh 8 and 9: written before any change made from fresh 6 and 7's failures, with kinds of text none of the sets
# above has (dating-app chats, workplace Slack/Teams, church and club newsletters, sports-team group chats; delivery
# notes, customer-support transcripts, forum posts, product reviews, song dedications; negatives from dating and
# workplace apps, job titles, menus, game items, street signs, titles of works, shop buttons). Positives put first
# names before verbs no rule lists, after commas, and hyphenated and O'/D' surnames. Not run while the changes were
# made; measured once, after: negatives untouched 0.748 on both (person recall 0.976 and 0.991) — title-case
# headings, menus, signs and titles still read as people or places. The title-case rules in redaction/people.py
# (title_line, title_field, Lexicon.names_only) and the place check in redaction/recognizers.py were then made from
# their failures, so both are tuning data now.
FRESH8_POSITIVE = [
    "matched with {FIRST} on the app, she wants to grab drinks near {STREET} {WEEKDAY}",
    "{FIRST} unmatched me after I asked for her number lol. it was {PHONE} btw",
    "[{TIME}] {NAME}: can anyone cover my shift tomorrow? ping me at {EMAIL}",
    "Heads up team, {FIRST} is out today so {FIRST#2} handles the on-call pager",
    "Prayer list: {NAME} (surgery {WEEKDAY}), the family of {NAME#2}, and baby {FIRST#3}",
    "Potluck sign-ups close {DATE}. Questions? Reach {NAME} at {PHONE}.",
    "great game tonight!! {FIRST} scored twice, {FIRST#2} grabbed every rebound",
    "so {FIRST} forgot the jerseys AGAIN, somebody text her {PHONE}",
    "Please welcome {NAME} to the Accounts Payable team! She relocated from {CITYSTATE}.",
    "omg {FIRST} brought her ex to the game, awkward. he lives on {STREET} i think",
    "Carpool this week: {NAME} drives {WEEKDAY}, {NAME#2} covers {WEEKDAY#2}",
    "{NAME} volunteered to host bible study at {ADDRESS_LINE}",
    "first date went ok but {FIRST} googled him, his real name is {NAME_HYPH}",
    "Sorry, {FIRST}, the budget sheet is locked. Ask {NAME_HYPH} for access.",
    "Coach {LAST} moved practice to {TIME}, field behind {STREET}",
]

FRESH8_NEGATIVE = [
    "It's a Match! Say Hi to Start the Conversation",
    "Super Like Sent",
    "Quarterly All Hands moved to {TIME} in Conference Room B",
    "Huddle started in #general",
    "Senior Product Manager, Growth - Remote",
    "Sunday Worship Service: Amazing Grace, How Great Thou Art",
    "Vacation Bible School registration opens {DATE}",
    "Varsity Soccer vs. Riverside Hawks - Home Game {WEEKDAY}",
    "Out of Office: Back on {DATE}",
    "Team Lunch at Golden Corral, {AMOUNT} per person",
    "Profile Tip: Add More Photos to Get Noticed",
    "Employee of the Month: Customer Success Team",
]

FRESH9_POSITIVE = [
    "Delivery instructions: gate code 4471, hand it to {FIRST} at the front desk, {ADDRESS_LINE}",
    "Agent: may I have the name on the account?\nCustomer: {NAME}, and the email is {EMAIL}",
    "Chat transcript - you were helped by {FIRST} on {DATE}. Callback number {PHONE}",
    "Re: noisy neighbors thread. The guy in 4B, {NAME}, plays drums till {TIME} every night",
    "Verified purchase. My husband {FIRST} assembled it in an hour, five stars",
    "This song goes out to {FIRST}, who taught me to dance in {CITYSTATE}",
    "Left at porch per {FIRST}'s instructions. Photo sent to {PHONE}.",
    "{FIRST} insists the refund went to card {CARD}, can someone check",
    "Posted by {HANDLE} ({NAME}) from {IP}: anyone else get scammed by this seller?",
    "Review by {NAME}: the courier, {FIRST#2}, tossed my box over the fence at {STREET}",
    "Thanks to {NAME_APOS} and {NAME_HYPH} for organizing the cleanup!",
    "{FIRST} mentioned the landlord kept her deposit, SSN {SSN} was on the lease",
    "update: {FIRST} finally answered, she's staying at {ADDRESS_LINE} for now",
    "Ticket {TICKET} assigned to {NAME}; customer reachable at {PHONE} after {TIME}",
    "{FIRST} promised to refund me, then blocked me and changed her @ to {HANDLE}",
]

FRESH9_NEGATIVE = [
    "Classic Cheeseburger with Sweet Potato Fries, {AMOUNT}",
    "Legendary Sword of Embers (+12 Attack) dropped!",
    "Yield to Pedestrians in Crosswalk",
    "Rated 5 stars: Instant Pot Duo, 6 Quart, Stainless Steel",
    "Frequently Bought Together: Phone Case, Screen Protector, Charging Cable",
    "Now showing: The Grand Budapest Hotel at {TIME}",
    "Bohemian Rhapsody - Queen (Live Aid 1985)",
    "Senior Software Engineer, Platform Reliability",
    "Add to Cart | Buy Now | Save for Later",
    "Margherita Pizza, Caesar Salad, Garlic Knots",
    "Forum Rules: Be Kind, No Spam, Stay On Topic",
    "Road Work Ahead - Expect Delays",
]

# Fresh 10 and 11: written before any change made from fresh 8 and 9's failures, with kinds of text none of the sets
# above has (school and PTA emails, gym and fitness-app feeds, real-estate listings, event tickets and boarding
# passes, recipe blogs; podcast show notes, pharmacy and clinic reminders, neighbourhood apps, sports scores, TV
# listings, hardware-store receipts, app-store pages). Positives put names inside title-case lines and
# notifications, at line starts and after labels no rule lists; negatives are title-case places, businesses,
# dishes, teams, titles, job titles and signs. Not run while the changes were made; measured once, after:
# fresh 10 person recall 0.892 (bare Presidio 0.883), negatives untouched 0.768 (0.340) — names after "Passenger:",
# "Ticket Holder:" and "Nurse" missed; "Morning Yoga Flow", "Blueberry Compote" read as people, "the Park" as a place;
# fresh 11 person recall 0.934 (0.907), negatives untouched 1.000 (0.312) — first names after "Cashier:" and before
# "in support" missed. Both miss the 0.97 person-recall target and fresh 10 the 0.85 negatives target. One change was
# then made from fresh 10's misses (model PERSON spans judged a line at a time: most of its missed names were spans
# running across a line break): fresh 10 person recall 0.964, so it is tuning data now. The next round was made
# from both sets' misses (names after "Label:" fields and role nouns, a greeting or function word inside a heading
# is no cue, model places cut at field separators): fresh 10 person recall 0.996, negatives 1.000; fresh 11 person
# recall 0.999. Both are tuning data now.
FRESH10_POSITIVE = [
    "Employee of the Month: {NAME}",
    "Welcome back, {FIRST}! You've completed 12 workouts this month",
    "PTA Bake Sale Volunteers: {NAME}, {NAME#2} and {FIRST#3}. Questions to {EMAIL}",
    "{FIRST} crushed a 5K Run in 24:13 - give them a high five!",
    "Listing Agent: {NAME} | Call or Text {PHONE} | Open House {WEEKDAY} {TIME}",
    "3 Bed 2 Bath Ranch at {ADDRESS_LINE}, shown by appointment with {FIRST}",
    "BOARDING PASS\nPassenger: {NAME}\nFlight UA {BUILD} Gate B12 Seat 14C",
    "Admit One - General Admission\nTicket Holder: {NAME}\nOrder {ORDER}",
    "Grandma {FIRST}'s Famous Apple Pie (she'd kill me for sharing this) - recipe below",
    "Dear Parents, {NAME} in Room 12 has a peanut allergy. - Nurse {LAST}",
    "Happy Birthday {FIRST}! Your free smoothie is waiting at the front desk",
    "{NAME} Just Joined Your Gym Challenge: 30 Days of Squats",
    "Signed, {NAME}\nPTA President, {EMAIL}",
    "Order for {NAME} is ready for pickup at Counter 3",
    "Seller's agent {NAME} says the HOA fee is {AMOUNT}; her cell is {PHONE}",
    "{NAME} liked your run in {CITYSTATE}",
]

FRESH10_NEGATIVE = [
    "Back to School Night: Gym Doors Open at {TIME}",
    "Spring Book Fair in the Library, Cash or Card Accepted",
    "Morning Yoga Flow - 45 Min - Beginner Friendly",
    "New Personal Record: Deadlift 225 lb",
    "Open House This Sunday - Granite Countertops, Two Car Garage",
    "Boarding Begins {TIME} - Group 2, Gate C14",
    "Jazz in the Park - Lawn Seating, Gates Open {TIME}",
    "Slow Cooker Chicken Tortilla Soup (Dairy Free)",
    "Prep Time 15 Min | Cook Time 1 Hr | Serves 6",
    "Lincoln Elementary Fun Run Raises {AMOUNT} for New Playground",
    "Class Pass Expired - Renew Membership Today",
    "Homemade Buttermilk Pancakes with Blueberry Compote",
    "Cheer Team Tryouts, Varsity Gym, Monday After School",
]

FRESH11_POSITIVE = [
    "Episode 42: Our guest {NAME} on burnout. Email questions to {EMAIL}",
    "Your prescription for {NAME} is ready at the pharmacy counter. Questions? {PHONE}",
    "Appointment Reminder: {FIRST}, you're booked with Dr. {LAST} on {DATE} at {TIME}",
    "Posted in Oak Hollow: has anyone seen {FIRST}'s cat? Last seen on {STREET}",
    "{NAME} from your neighborhood recommended a handyman, reach him at {PHONE}",
    "Final: Tigers 5, Bears 3. {NAME} homered twice",
    "Welcome back, {NAME}!",
    "Cashier: {FIRST} | Register 4 | Receipt {INVOICE}",
    "Rewards Member {NAME} saved {AMOUNT} today, card ending {LAST4}",
    "Review by {HANDLE}: {FIRST} in support refunded me in a day, five stars",
    "Happy Birthday {FIRST}! Enjoy 20% off any pizza today",
    "Lost keys near {STREET}, they belong to {NAME}, call {PHONE}",
    "Show notes: thanks to {NAME} and {NAME#2} for the interview; promo code {CODE}",
    "{NAME} Verified Her Address: {ADDRESS_LINE}",
    "Refill request for {NAME}, date of birth {DOB}, insurance card on file",
]

FRESH11_NEGATIVE = [
    "Flu Shots Available, No Appointment Needed",
    "Pharmacy Hours: Mon-Fri 9 AM - 9 PM, Closed Sunday",
    "Episode 118: Why Sourdough Took Over the World",
    "Tonight 8/7c: Hell's Kitchen, Then Local News at 10",
    "Lakers 112, Celtics 108 - Final/OT",
    "Wildcats Clinch Division Title With Late Goal",
    "Porch Pirate Alert - Lock Your Cars Tonight",
    "2x4x8 Premium Stud, Qty 12, {AMOUNT}",
    "Cordless Drill Combo Kit, Lithium Ion, 2 Batteries",
    "Editors' Choice - Photo & Video - Rated 4.7",
    "Contains Ads - In-App Purchases - Everyone 10+",
    "Free Mulch Pickup at Riverside Park Saturday",
    "Coming Up Next: Wheel of Fortune, Jeopardy!",
]

# Fresh 12 and 13: written before any change made from fresh 10 and 11's failures, with kinds of text none of the
# sets above has (synthetic court and probation notices, insurance claim notes, moving-company estimates,
# babysitting and tutoring apps, veterinary reminders, car-rental agreements, hotel folios; bank dispute chats,
# wedding and RSVP threads, memorial notices, shift-swap boards, lost-and-found posts, volunteer rosters). Positives
# put names after role words and labels of many kinds, in lists, before prepositional phrases, alone in lower-case
# chat and as surnames after titles; negatives are headings with greeting-like and role-like capitalised words,
# product lines and place-like brand phrases. Not run while the changes were made; measured once, after:
# fresh 12 person recall 0.942 (bare Presidio 0.905), negatives untouched 1.000 (0.584) — a full name after "Tutor"
# at the start of a "|"-separated title-case line and a first name owning something ("Mason's rabies booster")
# missed; fresh 13 person recall 0.956 (0.943), negatives untouched 0.832 (0.292) — first names after lower-case
# labels ("Shift lead: Justin", "Attendees so far: Harry,"), before "with" and "(", and after "Is this" missed;
# "Hello Kitty", "Good Morning America" read as people. Both miss the 0.97 person-recall target and fresh 13 the
# 0.85 negatives target. Tuned on in the session after.
FRESH12_POSITIVE = [
    "NOTICE OF HEARING\nDefendant: {NAME}\nCase No. {CASE}, Courtroom 4B, {DATE} at {TIME}",
    "Probation Officer {LAST} will call you at {PHONE} before your check-in on {WEEKDAY}",
    "Claim {REF} - Adjuster: {NAME}. Insured reports water damage at {ADDRESS_LINE}",
    "Claimant {FIRST} says the other driver, {NAME}, ran the light on {STREET}",
    "Moving estimate for {NAME}: 2BR, {AMOUNT}, pickup from {ADDRESS_LINE}",
    "Crew lead {FIRST} will arrive between {TIME} and noon; questions to {EMAIL}",
    "Sitter request: {FIRST} needs someone {WEEKDAY} night for two kids, pays {AMOUNT}/hr",
    "Tutor {NAME} | Algebra II | {WEEKDAY}s {TIME} | Student: {FIRST#2}",
    "Reminder: {FIRST}'s rabies booster is due {DATE}. Owner: {NAME#2}, {PHONE}",
    "Renter: {NAME}\nDriver's license on file, card {CARD}\nReturn by {DATE} {TIME}",
    "Additional driver {NAME} added at the counter by agent {FIRST#2}",
    "Guest: {NAME}\nRoom 512, 3 nights, folio {INVOICE}\nBilled to card ending {LAST4}",
    "Officer on duty: Sgt. {LAST}. Report filed by {NAME#2} at {TIME}",
    "Mail for {NAME} c/o {NAME#2}, {ADDRESS_LINE}",
    "Juror summons returned for {NAME}, SSN on file {SSN}",
]

FRESH12_NEGATIVE = [
    "Evening Meditation - 20 Min - All Levels",
    "Driver Rewards Program: Earn Points on Every Trip",
    "Guest Wi-Fi Password at the Front Desk",
    "Full Service Move, Packing Materials Included",
    "Premium Collision Coverage, {AMOUNT} Deductible",
    "Courtroom Etiquette: Silence Your Phone",
    "Puppy Wellness Package - Vaccines and Exam",
    "Compact SUV or Similar, Unlimited Miles",
    "Late Checkout Available Upon Request",
    "Homework Help Hours: Math and Reading",
    "Grand Canyon Suites Continental Breakfast, {TIME} to 10 AM",
    "Night Nanny Services - Background Checked",
]

FRESH13_POSITIVE = [
    "Agent: I see the charge of {AMOUNT}. Is this {NAME}?\nYou: yes, I never made that purchase",
    "dispute opened for card {CARD}, rep {FIRST} said 5-7 business days",
    "RSVP: {NAME} + 1, chicken. Attendees so far: {FIRST#2}, {FIRST#3} and {FIRST#4}",
    "can't believe {FIRST} is bringing her new boyfriend to the wedding lol",
    "Save the date! {NAME} and {NAME#2} are getting married {DATE} in {CITYSTATE}",
    "{NAME}, 82, of {CITYSTATE}, passed away {DATE}. She is survived by her son {FIRST#2}",
    "In lieu of flowers, send donations c/o {NAME} at {ADDRESS_LINE}",
    "Shift swap: {FIRST} wants my Sat close, I'll take her Tue open. Text {PHONE}",
    "Swap approved by Manager {LAST}. Posted by {NAME#2}",
    "FOUND: black wallet near {STREET}, ID says {NAME}. Call {PHONE}",
    "lost a blue scarf at the library, if found pls dm {HANDLE} (ask for {FIRST})",
    "Volunteers {WEEKDAY}: {NAME}, {NAME#2} and {NAME#3}. Shift lead: {FIRST#4}",
    "thanks {FIRST} for covering for me at the food bank!!",
    "{FIRST} with the blue car keeps parking in my spot at {STREET}",
    "Session booked: {FIRST} (grade 7) with tutor {NAME#2}, logged in from {IP}",
]

FRESH13_NEGATIVE = [
    "Hello Kitty Wedding Collection, Pink and Gold",
    "Good Morning America Live at {TIME}",
    "Dispute Resolution Center - Frequently Asked Questions",
    "Shift Manager Training Module 3: Cash Handling",
    "Lost and Found Bin by the Main Office",
    "Volunteer Appreciation Dinner at Riverside Hall",
    "In Loving Memory - Celebration of Life Service",
    "Bride and Groom Toasting Flutes, Set of 2",
    "Customer Care Team: Open 24/7",
    "Welcome Home Bundle: Sheets, Towels and Pillows",
    "Fraud Alert Settings - Turn On Card Lock",
    "Miss Universe Pageant Finals at {TIME}",
]

# Fresh 14 and 15: written before any change made from fresh 12 and 13's failures, with kinds of text none of the
# sets above has (payment-app memos, forwarded e-mail headers and signatures, calendar invites, marketplace
# listings, ride-share and delivery notices, dating-app matches, game lobbies, church prayer lists, team rosters,
# job applications, fundraisers, realtor cards; platform trust-and-safety case notes). Negatives are given names
# used as ordinary words and brands ("Amber Alert", "Grace Period", "Ruby Red Grapefruit") and title-case
# notices. Not run while the changes were made; measured once, after them: fresh 14 person recall 0.854 (bare
# Presidio 0.914), negatives untouched 0.916 — every name of a "Roster: #12 Jane Doe, #7 …" line missed (a number
# before a name in an all-capitalised line read as a heading), "Hunter Green Throw Pillow" read as a person;
# fresh 15 person recall 0.966 (0.895), negatives 1.000. Tuned on since.
FRESH14_POSITIVE = [
    "Paid {NAME} {AMOUNT} for concert tix",
    "From: {NAME} <{EMAIL}>\nSubject: re: the apartment on {STREET}",
    "Organizer: {NAME}\nWhen: {WEEKDAY} {TIME}\nGuests: {NAME#2}, {EMAIL#2}",
    "pickup only, ask for {FIRST}. cash or venmo, text {PHONE}",
    "Your driver {FIRST} is 3 minutes away in a gray sedan",
    "Delivered: left with {FIRST} at the front door of {STREET}",
    "You matched with {FIRST}! Say hi before {WEEKDAY}",
    "gg {HANDLE}, {FIRST} carried us again lol. rematch tmrw?",
    "Prayer list this week: {NAME}, {FIRST#2}'s mom, and baby {FIRST#3}",
    "Roster: #12 {NAME}, #7 {NAME#2}, #3 {NAME#3}",
    "Applicant {NAME} interviewed with {NAME#2} on {DATE}; references on file",
    "Please help {NAME} with medical bills after the accident on {DATE}. Every dollar counts",
    "{NAME} | Realtor | {PHONE} | {EMAIL}",
    "Best,\n{NAME}\nShift Supervisor\n{PHONE}",
    "i told {FIRST} everything and now she wont answer my calls",
]

FRESH14_NEGATIVE = [
    "Amber Alert Issued, Silver Sedan, Plate Unknown",
    "Grace Period Ends in 3 Days",
    "Ruby Red Grapefruit Juice, 52 oz",
    "Hunter Green Throw Pillow Cover, Set of 2",
    "Dawn Dish Soap Ultra, Original Scent",
    "Summer Camp Registration Opens {DATE}",
    "Faith Over Fear Vinyl Decal",
    "Crystal Clear Water Delivery Every Other Week",
    "Payment Received - Thank You for Your Business",
    "Trip Receipt: {AMOUNT} Including Tip",
    "Game Night Lobby Full, Waiting for Host",
    "Open House {WEEKDAY} {TIME} to 4 PM, Light Refreshments",
]

FRESH15_POSITIVE = [
    "Reporter states that {NAME} has been sending threats from {HANDLE} since {DATE}",
    "Subject's mother, {NAME}, confirmed the phone number {PHONE} belongs to her son",
    "per {FIRST} at the school, the student left campus around {TIME}",
    "User added {NAME} as a trusted contact on {DATE} from IP {IP}",
    "{FIRST}: i'm scared he knows where i live\n{FIRST#2}: call 911 right now",
    "my friend's roommate {FIRST} said he has a gun in the car",
    "The account was opened with the name {NAME} and date of birth {DOB}",
    "Last login {DATE} {TIME} from {IP}; recovery email {EMAIL}",
    "Victim advocate {NAME} requested that contact go through {PHONE}",
    "Screenshots forwarded by {NAME}, the reporting user's sister",
    "Message to {FIRST}: if you tell anyone i'll come to {STREET}",
    "Transferred {AMOUNT} to {NAME} via card {CARD} on {DATE}",
    "Following accounts flagged: {HANDLE}, {HANDLE#2}; linked profile lists {NAME}",
    "{LAST} family reunion at {ADDRESS_LINE}, RSVP to {FIRST#2}",
    "Dear {FIRST},\nI know what you did. Meet me at {STREET} or else",
]

FRESH15_NEGATIVE = [
    "Report Submitted - Our Team Will Review It Within 24 Hours",
    "Account Recovery Steps Sent to Your Email",
    "Trusted Contacts Help You Get Back Into Your Account",
    "Safety Center: Tools for Parents and Teens",
    "Two-Factor Authentication Enabled",
    "Crisis Text Line Available 24/7",
    "Community Guidelines Update Effective {DATE}",
    "Sign In With Apple Now Available",
    "Weekly Safety Tips: Spotting Scams",
    "Hope Street Food Pantry Open {WEEKDAY}",
    "Violent Threats Policy: What We Remove",
    "Harmony Hall Spring Concert, Doors at {TIME}",
]

# Fresh 16 and 17: written after fresh 14 and 15 were measured and before any change made from their failures, with
# shapes none of the sets above has: numbered and bulleted lists, tab- and comma-separated exports, photo tags,
# children with ages, bios with "|" fields; trust-and-safety report narratives, forwarded mail quotes, cash-app
# notes. Negatives are list-shaped recipes and feature bullets, export header rows, possessive brand products
# ("Jack Daniel's", "Victoria's Secret") and businesses named with given-name words. Not run while the changes were
# made; measured once, after them: fresh 16 person recall 0.996 (bare Presidio 0.908), negatives untouched 0.752
# (0.420) — "1. Preheat Oven" read as a person, and possessive brands before a product name ("Jack Daniel's
# Tennessee Honey", "Marie Callender's Chicken Pot Pie"); fresh 17 person recall 0.977 (0.943), negatives 1.000
# (0.424) — a given name and an age ("Amber, 15, was last seen …") missed. Tuned on since.
FRESH16_POSITIVE = [
    "1. {NAME} - goalie\n2. {NAME#2} - defense\n3. {NAME#3} - forward",
    "• {NAME} ({PHONE})\n• {NAME#2} ({EMAIL})",
    "{NAME}\t{PHONE}\t{EMAIL}",
    '"{NAME}","{EMAIL}","{PHONE}"',
    "Comment from {HANDLE}: lol {FIRST} you look exactly like your dad",
    "Photo tagged: {NAME}, {NAME#2}",
    "Met {FIRST} and {FIRST#2} at the skatepark, they said they're 15",
    "Pharmacist {LAST} said to take it with food",
    "Emergency contact updated to {NAME} ({PHONE}) on {DATE}",
    "he keeps messaging {FIRST} from a new account every day",
    "Kids: {FIRST} (9) and {FIRST#2} (6)",
    "ok so {FIRST}'s brother is the one who posted it",
    "{NAME} checked in at {STREET}",
    "Bio: mom of 3 | wife to {FIRST} | {CITYSTATE}",
    "New follower: {NAME} ({HANDLE})",
]

FRESH16_NEGATIVE = [
    "1. Preheat Oven\n2. Mix Dry Ingredients\n3. Bake 25 Minutes",
    "• Free Shipping\n• Easy Returns\n• Price Match Guarantee",
    "Name\tPhone\tEmail",
    "Top Comment: Great Video, Very Helpful",
    "Photo Album: Summer Vacation, 112 Photos",
    "Skatepark Closed for Repairs Until {DATE}",
    "Rite Aid Pharmacy - Prescription Ready for Pickup",
    "Jack Daniel's Tennessee Honey, 750 ml",
    "Victoria's Secret Semi-Annual Sale Ends {WEEKDAY}",
    "Ben & Jerry's Cherry Garcia, Pint",
    "Marie Callender's Chicken Pot Pie, Family Size",
    "Follow Friday: Accounts We Love",
]

FRESH17_POSITIVE = [
    "Reported user claims to be {NAME}, age 16, from {CITYSTATE}",
    "I think {FIRST} is being groomed by someone named {NAME#2}",
    "Uploader's profile lists {EMAIL} and phone {PHONE}; display name {NAME}",
    "Message thread between {HANDLE} and {HANDLE#2} mentions {FIRST} by name",
    "{FIRST}, 15, was last seen {WEEKDAY} near {STREET}",
    "Guardian {NAME} consented to the account on {DATE}",
    "payment sent from card {CARD} by {NAME} to {HANDLE}",
    "{NAME} <{EMAIL}> wrote:\n> are you still at {ADDRESS_LINE}?",
    "hey {FIRST} its me, new number. {PHONE}",
    "Linked accounts: {HANDLE} (primary), {HANDLE#2}. Legal name on ID: {NAME}",
    "Caller identified herself as {NAME}, the child's aunt",
    "I'm {FIRST}'s mom and she hasn't come home since {DATE}",
    "Last known IP {IP} resolves near {CITYSTATE}; subscriber {NAME}",
    "sent {AMOUNT} to {FIRST} on cash app for the pills",
    "{NAME} and her boyfriend {FIRST#2} moved to {CITYSTATE} last month",
]

FRESH17_NEGATIVE = [
    "Missing Person Poster Template - Free Download",
    "Your Report Was Reviewed: No Violation Found",
    "Child Safety Resources for Parents",
    "Account Age: 3 Years, 2 Months",
    "Linked Accounts (2) - Manage",
    "Legal Name Change Form Instructions",
    "Cash App Support: Never Share Your PIN",
    "Last Seen Recently",
    "Guardian Consent Required for Users Under 13",
    "Winter Storm Warning Until {TIME}",
    "Hope Floats Bakery, Fresh Bread Daily",
    "Joy Ride Car Wash - Unlimited Plan {AMOUNT}/mo",
]

# Fresh 18 and 19: written after the changes made from fresh 16 and 17's failures, before being run: chat exports with
# timestamps, voicemail transcripts, school incident reports, advice-forum posts with ages, witness lists,
# subpoena notes, group-chat system lines; lower-case profile keys, JSON and form-encoded records, mail headers,
# emergency-contact and associate lists. Negatives are system lines of the same apps, empty records and products
# or events named with given-name words ("Rose Bowl", "Pearl Jam", "Holly Jolly"). Measured once: fresh 18 person
# recall 0.998 (bare Presidio 0.955), negatives untouched 0.916 (0.252); fresh 19 person recall 0.895 (0.879),
# negatives 0.896 (0.564) — form-encoded "first_name=…&last_name=…" missed, "Device name: Rachel's iPhone",
# the second name of a "CC: …; …" list, surnames that are common words ("Jesse Day", "Chris May"). Tuned on since.
FRESH18_POSITIVE = [
    "[{DATE}, {TIME}] {NAME}: where are you",
    "Voicemail from {PHONE}: hi this is {FIRST} from the clinic, call me back",
    "Incident report: student {NAME} was found with a vape; parent {NAME#2} notified at {TIME}",
    "my (17F) ex {FIRST} (19M) keeps showing up at my job",
    "Witnesses: {NAME} and {NAME#2} both saw the car",
    "Follow-up scheduled with {NAME} ({EMAIL}) for {WEEKDAY}",
    "{FIRST} and {FIRST#2} are dating now?? since when",
    "Shoutout to {NAME} for the ride home last night",
    "Profile: {NAME}, nurse, lives in {CITYSTATE}",
    "Donation of {AMOUNT} received from {NAME}. Receipt {INVOICE}",
    "ID verified: {NAME}, DOB {DOB}, SSN {SSN}",
    "{NAME} shared a post from {HANDLE}: pray for my family",
    "Subpoena served on {NAME} at {ADDRESS_LINE}",
    "just saw {FIRST} at the gas station on {STREET}, she looked really scared",
    "{NAME} left the group",
]

FRESH18_NEGATIVE = [
    "[{DATE}, {TIME}] Messages and calls are end-to-end encrypted",
    "Voicemail Transcription Unavailable",
    "Incident Report Form 7B - Office Use Only",
    "Nurse Appreciation Week: Free Coffee in the Lobby",
    "Donation Receipt - Tax Deductible",
    "ID Verification Pending Review",
    "Gas Station Open 24 Hours, Diesel Available",
    "Shared Post Unavailable",
    "Rose Bowl Parade Starts at {TIME}",
    "Pearl Jam Tribute Night, Tickets {AMOUNT}",
    "Ivy League Prep Course Starts {WEEKDAY}",
    "Iris Scanner Login Enabled",
]

FRESH19_POSITIVE = [
    "display_name: {NAME}\nemail: {EMAIL}\nphone: {PHONE}",
    '{"name": "{NAME}", "ip": "{IP}", "email": "{EMAIL}"}',
    "Account holder: {NAME} | Member since {DATE} | Card {CARD}",
    "Emergency contacts: {NAME} (mother) {PHONE}; {NAME#2} (aunt) {PHONE#2}",
    "Known associates: {NAME}, {NAME#2}, {NAME#3}",
    "CC: {NAME}; {NAME#2}",
    "To: {EMAIL}\nFrom: {NAME} <{EMAIL#2}>",
    "Signed up via {URL} using {EMAIL}; referred by {FIRST}",
    "Device name: {FIRST}'s iPhone",
    "{NAME} changed the group name to squad",
    "{NAME} added {NAME#2} to the group",
    "Payment memo: for {FIRST}, pizza on {WEEKDAY}",
    "Tagged in photo by {HANDLE}: {NAME}, {NAME#2}",
    "Bio: 21 | {CITYSTATE} | taken by {FIRST}",
    "first_name={FIRST}&last_name={LAST}&phone={PHONE}",
]

FRESH19_NEGATIVE = [
    "display_name: null\nemail: null",
    "Account Holder Agreement, Version {VERSION}",
    "Known Issues: Sync Delay on Android",
    "Group Name Changed",
    "Device Owner Verification Required",
    "Member Since {DATE}",
    "Tagged Photos (12)",
    "Payment Memo Required",
    "Emergency Contacts (0)",
    "Taken 4 Min Ago",
    "Sterling Silver Chain Necklace, 18 in",
    "Holly Jolly Christmas Sweater, Size M",
]

# Fresh 20 and 21: written after fresh 18 and 19 were measured and before any change made from their failures:
# game reports, teacher notes, booking and bail records, support tickets, listing agents, attorney lines; names next to
# emoji, quotes, brackets and "&", memorial and anniversary posts, story screenshots, mail signatures. Negatives are
# the same apps' headings and products named with words that are given names elsewhere ("Penny Stock", "Max
# Volume", "Forever 21"). Not run while the changes were made; measured once, after them: fresh 20 person recall
# 0.999 (bare Presidio 0.938), negatives untouched 1.000 (0.520); fresh 21 person recall 0.722 (0.931), negatives
# 0.916 (0.500) — names on both sides of an emoji ("Judy Pope 💍 Sherri Singh") read as a heading, given names
# joined by "&" that the model calls an organisation, a name in quotes, "Yvette!!! answer …". Tuned on since.
FRESH20_POSITIVE = [
    "Player {HANDLE} reported {FIRST} for harassment in lobby 4",
    "Teacher note: {FIRST} was absent {WEEKDAY}; mom ({NAME}) called at {TIME}",
    "Bail posted for {NAME}, case {CASE}",
    "{NAME} (DOB {DOB}) was booked at {TIME}",
    "Ticket {TICKET}: customer {NAME} says the charge on card {CARD} is fraud",
    "hmu {FIRST} lol",
    "Player of the week: {NAME}!",
    "My daughter {FIRST} (14) got a message from {HANDLE}",
    "Listing agent {NAME}, {PHONE}, showing {WEEKDAY} at {TIME}",
    "{FIRST} u up?",
    "contact: {NAME} / {EMAIL}",
    "Re: {NAME}'s account - password reset from {IP}",
    "Attorney for the defendant: {NAME}, Esq.",
    "Coach {FIRST} cancelled practice, field is flooded",
    "Name on card: {NAME}. Card: {CARD}",
]

FRESH20_NEGATIVE = [
    "Player of the Week Nominations Open",
    "Bail Bonds 24/7 - Call Now",
    "Teacher Workday - No School {WEEKDAY}",
    "Ticket Status: Resolved",
    "Listing Agent Remarks: Motivated Seller",
    "Lobby 4 Closed for Maintenance",
    "Password Reset Requested",
    "Field Conditions: Flooded, Practice Cancelled",
    "Autumn Harvest Festival, Hayrides and Cider",
    "Victory Lap: Season Highlights",
    "Penny Stock Alerts - Subscribe",
    "Free Consultation With Our Attorneys",
]

FRESH21_POSITIVE = [
    'omg "{FIRST}" is literally the worst',
    "{NAME} 💍 {NAME#2}",
    "({FIRST}) please call me",
    "Spotted: {NAME} at {STREET} 👀",
    "RIP {NAME} 🕊️ gone too soon",
    "{FIRST}!!! answer your phone",
    "Who is {NAME}? they keep liking my posts",
    "Happy anniversary to my husband {NAME}",
    "Lost dog! Owner {NAME}, {PHONE}",
    "{FIRST} & {FIRST#2} forever",
    "Landlord ({NAME}) won't return my deposit",
    "screenshot from {FIRST}'s story",
    "Sent from my iPhone\n{NAME}",
    "Reply to {NAME} ({HANDLE}): no way",
    "{NAME} was tagged in your photo at {CITYSTATE}",
]

FRESH21_NEGATIVE = [
    "Sent from my iPhone",
    "Spotted: Rare Blue Jay at the Feeder",
    "Answers to Common Questions",
    "Happy Anniversary Sale: 20% Off",
    "Lost & Found Pets Group Rules",
    "Who Is Hiring? Weekly Thread",
    "Gone Too Soon Memorial Fund, Donate Today",
    "Story Highlights: Summer",
    "Reply All Disabled by Admin",
    "Forever 21 Clearance Event",
    "Max Volume Warning",
    "Happy Hour 4-6 PM, Half-Price Wings",
]

# Fresh 22 and 23: written after the changes made from fresh 20 and 21's failures, before being run.
# Fresh 22 is longer narrative text of several sentences (reports by parents and witnesses, statements, chat logs
# with three speakers, account notes, caseworker visits) where earlier sets had one line; fresh 23 has hyphenated
# and O'-names, titles before surnames, initials, pronouns after names, "RN", quoted mail. Negatives are several
# sentences of notices, and brands with titles or initials ("Mr. Clean", "Mrs. Meyer's", "J. Crew", "Dr. Pepper",
# "Granny Smith apples"). Measured once: fresh 22 person recall 0.967 (bare Presidio 0.918), negatives untouched
# 0.500 (0.092); fresh 23 person recall 0.967 (0.954), negatives 1.000 (0.332). Tuned on since.
FRESH22_POSITIVE = [
    (
        "so yesterday {FIRST} picked me up after school and we drove to {STREET}. her brother {NAME#2} was there with "
        "two guys i didnt know. one of them kept asking for my number, i gave him {PHONE} bc i was scared"
    ),
    (
        "Hi, my name is {NAME} and I am writing about my son. He has been talking to someone who says her name is "
        "{FIRST#2}. She asked him to send money to {EMAIL}. Please help."
    ),
    "{FIRST}: did u see what {NAME#2} posted\n{FIRST#3}: ya thats messed up\n{FIRST}: im gonna tell mr {LAST#4}",
    "Update from {NAME}: the car was a silver sedan, partial plate 7KX. Last ping near {CITYSTATE} at {TIME}.",
    (
        "I was at {NAME}'s party on {WEEKDAY}. Around {TIME} {FIRST#2} started yelling and said he would come to my "
        "house at {ADDRESS_LINE}."
    ),
    (
        "Dear team, I'm reporting account {HANDLE}. The person behind it is {NAME_HYPH}, who lives at {STREET}. She "
        "has threatened my daughter {FIRST#2} repeatedly."
    ),
    "Okay so {NAME_APOS} (the one from church) told my mom that {FIRST#2} ran away. Her number is {PHONE}.",
    (
        "We met {FIRST} and her friend {FIRST#2} at the mall. {FIRST#2} gave us her snap {HANDLE} and said to text "
        "her at {PHONE}."
    ),
    (
        "Statement: On {DATE} at approximately {TIME}, I observed {NAME} strike {NAME#2} outside {STREET}. I called "
        "911 from {PHONE}."
    ),
    "tbh i dont trust {FIRST}. she took my card {CARD} and bought stuff. my aunt {NAME#2} said to report it",
    (
        "Account notes: created {DATE} from {IP}; name on file {NAME}; recovery phone {PHONE}; last password change "
        "{DATE#2}."
    ),
    "{NAME} sent a friend request. You have 3 mutual friends including {NAME#2}.",
    "please pray for {NAME} and her family. she passed away {WEEKDAY} night",
    "Caseworker {NAME} will visit {FIRST#2} and {FIRST#3} at home on {DATE}",
    "Message from {HANDLE}: hey {FIRST} its {FIRST#2} from {CITYSTATE}, remember me?",
]

FRESH22_NEGATIVE = [
    (
        "Thanks for reaching out. Our team reviewed your report on {DATE} and found that the content does not violate "
        "our Community Standards. You can block the account at any time."
    ),
    (
        "Reminder: the library will close early on {WEEKDAY} at {TIME}. Return books to the drop box by the Main "
        "Entrance."
    ),
    "Your order {ORDER} has shipped! Track it with number {TRACKING}. Questions? Visit our Help Center.",
    "Practice moved to Field B. Bring water, cleats and shin guards. Parents, please arrive by {TIME}.",
    "New Year, New You: 30% off all memberships through {DATE}. Offer valid at participating locations.",
    "Storm Update: Schools closed {WEEKDAY}. Buses will not run. Stay safe and check back for updates.",
    "Chapter 12: The River. In which Autumn arrives early and the harvest fails.",
    "Recipe notes: use Granny Smith apples, not Honeycrisp. Bake at 375 for 40 minutes.",
    "Daylight Saving Time ends {WEEKDAY}. Set your clocks back one hour.",
    "Lost and found: black umbrella, blue water bottle, one glove. Claim at the Front Desk.",
    "Season 3 drops {DATE}. Who's watching? Drop your theories below.",
    "Your subscription renews on {DATE} for {AMOUNT}. Manage it in Settings.",
]

FRESH23_POSITIVE = [
    "{NAME_HYPH} | {EMAIL} | joined {DATE}",
    "Mr. {LAST} and Mrs. {LAST#2} will chaperone the trip",
    "{NAME_APOS} is not who she says she is",
    "Contact: J. {LAST} ({PHONE})",
    "lol @ {FIRST} falling asleep in class 😂",
    "Posted by {NAME} in Buy Nothing {CITYSTATE}",
    "{FIRST}'s dad drives a red truck and parks at {STREET}",
    "FWD: from {NAME}\n> meet me at {ADDRESS_LINE} {WEEKDAY}",
    "Ask {FIRST} or {FIRST#2} at the front desk",
    "{NAME} (he/him), {CITYSTATE}. DMs open.",
    "{NAME}, RN - {EMAIL}",
    "Dr. {NAME} prescribed 20mg on {DATE}",
    "Thank you {NAME} for the donation of {AMOUNT}",
    "SSN for {NAME}: {SSN}",
    "{NAME_HYPH} and {NAME_APOS} were both at the party",
]

FRESH23_NEGATIVE = [
    "Mr. Clean Magic Eraser, 4 Count",
    "Mrs. Meyer's Clean Day Hand Soap, Lavender",
    "J. Crew Factory Outlet Sale",
    "Buy Nothing Group Rules: Be Kind",
    "He/Him Pronoun Pins, Pack of 10",
    "DMs Open for Commissions",
    "RN Refresher Course, 8 Hours CE",
    "Dr. Pepper Zero Sugar, 12 Pack",
    "Front Desk Hours: 8 AM to 6 PM",
    "Red Truck Bakery Pies Ship Nationwide",
    "Thank You for Your Donation!",
    "Class Nap Time: 1 PM to 2 PM",
]

# Fresh 24 and 25: written after the changes made from fresh 22 and 23's failures, before being run: dispatch notes,
# delivery apps, worried-parent messages, quoted speech, interview and HR notes, missed calls, typing indicators;
# marketplace sellers and hosts, reviews signed with a name, class-of bios, small businesses named after their owner,
# babysitting ads. Negatives are those apps' system lines and headings. Measured once: fresh 24 person recall 0.980
# (bare Presidio 0.962), negatives untouched 1.000 (0.584); fresh 25 person recall 0.926 (0.879), negatives 1.000
# (0.416). Tuned on since.
FRESH24_POSITIVE = [
    "Dispatcher: caller states her neighbor {NAME} is threatening her with a knife",
    "Your Dasher, {FIRST}, has picked up your order",
    "i'm worried about {FIRST}. she hasn't posted since {WEEKDAY}",
    "got a text from {FIRST} saying she's at {STREET}",
    "this one's for {FIRST}.",
    "according to {NAME}, the suspect drove off in a white van",
    '"leave me alone," {FIRST} said',
    "We interviewed {NAME}, {NAME#2}, and {NAME#3} about the incident",
    "HR note: {NAME} reported that her supervisor {NAME#2} sent inappropriate messages",
    "can u pick up {FIRST} from practice at {TIME}",
    "{NAME} is typing…",
    "Missed call from {FIRST} ({PHONE})",
    "{FIRST} (my cousin) has my spare key",
    "She said her name was {FIRST} and she was 16",
    "{NAME} and {NAME#2} were seen together at {STREET} on {DATE}",
]

FRESH24_NEGATIVE = [
    "Dispatcher Training Module: Radio Codes",
    "Your Dasher Has Picked Up Your Order",
    "Missed Call (2)",
    "Practice Canceled Due to Rain",
    "Is Typing…",
    "Worried About Money? Free Budget Workshop {WEEKDAY}",
    "White Van Speaker Scam: How It Works",
    "Spare Key Hider Rock, Looks Real",
    "HR Policy Update: Remote Work",
    "Interview Tips for New Grads",
    "According to Experts: Sleep Matters",
    "Justice League Movie Night, {TIME}",
]

FRESH25_POSITIVE = [
    "Sold by {NAME} · Ships from {CITYSTATE}",
    "Review: {FIRST} was amazing with our dog! - {NAME#2}",
    "Host: {FIRST} · Superhost · Joined in 2019",
    "Message {FIRST} about this listing",
    "Seller {HANDLE} ({NAME}) has 98% positive feedback",
    "{NAME} | Class of 2027 | {CITYSTATE}",
    "Bio: {FIRST} 🌸 19 🌸 {CITYSTATE}",
    "Cleaning by {FIRST}: {PHONE}, {EMAIL}",
    "Referred by: {NAME}",
    "Tutoring with Ms. {LAST}, {AMOUNT}/hr",
    "{NAME} verified their phone number",
    "Your driver {NAME} is nearby, vehicle plate 8ABC123",
    "Photos by {NAME} Photography",
    "{FIRST}'s Bakery: custom cakes, DM for orders",
    "Babysitter wanted for {FIRST} (4) and {FIRST#2} (2), contact {PHONE}",
]

FRESH25_NEGATIVE = [
    "Sold Out · Ships in 3-5 Days",
    "Superhost · Joined in 2019",
    "Message Seller About This Listing",
    "98% Positive Feedback",
    "Class of 2027 Senior Portraits",
    "Verified Phone Number",
    "Cleaning Services: Deep Clean, Move-Out",
    "Custom Cakes, DM for Orders",
    "Babysitter Wanted - Weekends Only",
    "Photography Packages Starting at {AMOUNT}",
    "Referral Bonus: {AMOUNT} Credit",
    "Cherry Blossom Festival, Free Parking",
]

# Fresh 26 and 27: written after the changes made from fresh 24 and 25's failures, before being run: dorm and
# workplace channels, family chats, neighbourhood posts, hospital admissions, "Last, First" pickups, payment and
# parcel notices, court filings, roommate ads; profile bios, memorials, engagement and birthday posts, missing-person
# shares, scam warnings, tagged photos, team captains. Negatives are those apps' headings and gift-shop products.
# Measured once: fresh 26 person recall 0.948 (bare Presidio 0.880), negatives untouched 0.916 (0.336); fresh 27
# person recall 0.994 (0.973), negatives 0.916 (0.416). Tuned on since.
FRESH26_POSITIVE = [
    "RA on call tonight: {NAME} ({PHONE})",
    "[#general] {FIRST}: anyone seen my charger?",
    "grandma says hi to {FIRST} and the kids",
    "Nextdoor: {NAME} · {CITYSTATE} · Someone keeps ringing doorbells at 3am",
    "Admitted: {NAME}, age 34, via ER at {TIME}",
    "Pickup for {LAST}, {FIRST#2} is ready at counter 2",
    "Zelle: You received {AMOUNT} from {NAME}",
    "Package for {NAME} left at {STREET}",
    "Filed by attorney {NAME} on behalf of {NAME#2}",
    "Bet slip shared by {HANDLE}: {FIRST} parlays again lol",
    "Roommate wanted! I'm {FIRST}, 22, nursing student",
    "{NAME} replied to your comment: stay away from my sister",
    "Hey it's {FIRST} from the gym, saved your number",
    "Emergency contact for {NAME}: {NAME#2}, {PHONE}",
    "{FIRST}: omw\n{FIRST#2}: k",
]

FRESH26_NEGATIVE = [
    "RA Applications Due {DATE}",
    "[#general] Channel Renamed",
    "Grandma's Kitchen Family Recipes, Vol. 2",
    "Nextdoor Digest: Top Posts This Week",
    "Admitted Students Day: Campus Tours at {TIME}",
    "Pickup Window: 4 PM to 7 PM",
    "Zelle Payment Limit Reached",
    "Package Delivered to Mailroom",
    "Filed Under: Local News",
    "Parlay Boost: Odds Up to 30%",
    "Roommate Agreement Template, Free PDF",
    "Gym Closed {WEEKDAY} for Floor Refinishing",
]

FRESH27_POSITIVE = [
    "Just a mom of two boys 💙 married to {FIRST} since 2012 | {CITYSTATE} | DM for collabs",
    "In loving memory of {NAME}, 1961-2024. Forever in our hearts.",
    "Shoutout to my bestie {FIRST} for driving me home 🙏",
    "{FIRST} and I are officially engaged!! 💍",
    "Looking for {NAME}, last seen {DATE} near {STREET}. Please share.",
    "follow my backup {HANDLE} bc this acct got reported by {FIRST}",
    "Happy 16th birthday to my baby girl {FIRST}!",
    "I'm so done with {FIRST} and her drama",
    "PSA: {NAME} is a scammer, do not send her money. Her cashapp is {HANDLE}",
    "Congrats to {NAME} on her graduation from nursing school!",
    "Me and {FIRST} at the lake this weekend",
    "Tagged: {NAME}, {NAME#2} | Location: {CITYSTATE}",
    "New phone who dis. It's {FIRST}, save this number {PHONE}",
    "Pray for my uncle {NAME}, he's in the ICU",
    "Team captain: {NAME}. Assistant: {NAME#2}.",
]

FRESH27_NEGATIVE = [
    "In Loving Memory Candle, Personalized",
    "Best Friend Necklace Set",
    "Officially Engaged Banner, Rose Gold",
    "Missing Cat Flyer Template",
    "Scam Alert: Fake Giveaway Accounts",
    "Graduation Cap Decorating Ideas",
    "Lake Day Essentials Checklist",
    "New Phone Setup Guide",
    "ICU Visiting Hours: 11 AM to 8 PM",
    "Team Captain Armband, Adult Size",
    "Sweet 16 Party Supplies",
    "Backup Account Recovery Options",
]

# Fresh 28 and 29: written after the changes made from fresh 26 and 27's failures, before being run: moderation
# queues, appeals, block notices, alt-account notes, victim and offender fields, quoted threats; teenage chat
# ("yo Jane wya", "idk ask Jane", "happy bday Jane 🎉"). Negatives are the same tools' headings and chat without
# names, and products that share their words. Measured once: fresh 28 person recall 1.000 (bare Presidio 0.979),
# negatives untouched 1.000 (0.588); fresh 29 person recall 0.965 (0.894), negatives 1.000 (0.664) — "Kimberly???
# hello???", "nah Kayla lying fr" (a participle read as a noun the name modifies), "happy bday April" missed. Fresh 29
# tuned on since; nothing was changed from fresh 28.
FRESH28_POSITIVE = [
    "Reported message (from {HANDLE} to {HANDLE#2}): '{FIRST}, you're dead when I see you'",
    "User-provided name: {NAME}; verified: no",
    "Appeal submitted by {NAME} on {DATE}: 'I didn't post that'",
    "Blocked by {NAME} at {TIME}",
    "Conversation with {FIRST} (last active {WEEKDAY})",
    "{NAME} shared a location with {NAME#2}",
    "Suspected alt account of {NAME}, same IP {IP}",
    "Victim's name: {NAME}. Offender's alias: {HANDLE}",
    "Note from moderator {FIRST}: escalate to LE",
    "{FIRST} sent a photo",
    "call me back {FIRST} its urgent",
    "Dear Mr. {LAST}, we received your request",
    "Reporter is the minor's father, {NAME}, reachable at {PHONE}",
    "Screenshot shows {NAME} offering {AMOUNT} to meet",
    "Thread participants: {NAME}, {NAME#2}, {NAME#3}",
]

FRESH28_NEGATIVE = [
    "Reported Message Queue: 14 Pending",
    "User-Provided Name Not Verified",
    "Appeal Submitted - We'll Review It Soon",
    "Blocked Accounts (3)",
    "Conversation Archived",
    "Location Sharing Paused",
    "Alt Account Detection Model v2",
    "Offender Registry Search Tips",
    "Moderator Notes Are Private",
    "Sent a Photo",
    "Urgent Care Open Until 9 PM",
    "Thread Locked by Moderators",
]

FRESH29_POSITIVE = [
    "yo {FIRST} wya",
    "tell ur brother {FIRST} to stop texting me",
    "{FIRST}??? hello???",
    "omw to {FIRST}'s house rn",
    "did {FIRST} really say that about {FIRST#2}",
    "me, {FIRST}, and {FIRST#2} are going to the movies friday",
    "{FIRST} got arrested last night for real",
    "idk ask {FIRST}",
    "nah {FIRST} lying fr",
    "{NAME} from 3rd period is so weird",
    "can {FIRST} come over",
    "lmk if {FIRST} texts u",
    "{FIRST} blocked me on everything",
    "happy bday {FIRST} 🎉🎉",
    "ur so lucky {FIRST} likes u",
]

FRESH29_NEGATIVE = [
    "yo wya",
    "idk lol",
    "omw rn",
    "nah fr",
    "lmk if u need anything",
    "Happy Bday Banner, Gold Letters",
    "Movies Friday? Showtimes Inside",
    "Blocked Numbers List",
    "3rd Period Science Lab Safety Rules",
    "Come Over Sometime Doormat",
    "Arrested Development Season 4",
    "Lucky Charms Cereal, Family Size",
]

# Fresh 30 and 31: written after the changes made from fresh 29's failures, before being run: school and sports
# messages from parents and coaches, pharmacy and clinic notes, rental applications, lost-pet posts, neighbour
# disputes, gig-work chats; account-recovery tickets, subscriber records, device logs, court-order cover notes.
# Negatives are the same services' notices. Measured once: fresh 30 person recall 0.994 (bare Presidio 0.960),
# negatives untouched 1.000 (0.340); fresh 31 person recall 0.973 (0.970), negatives 0.832 (0.580) — "Emergency
# Contact Added" (a verb form after a relation word), "Subject Tiffany Little". Fresh 31 tuned on since; nothing was
# changed from fresh 30.
FRESH30_POSITIVE = [
    "Coach says {FIRST} can't play Saturday unless the form is signed",
    "Rx ready for {NAME}, DOB {DOB}, pickup at window 3",
    "Rental application: {NAME}, current address {ADDRESS_LINE}, phone {PHONE}",
    "LOST CAT near {STREET}! Answers to Mochi. Owner {FIRST}, call {PHONE}",
    "my neighbor {NAME} keeps parking in front of my driveway and threatened me yesterday",
    "Customer {FIRST} wants the food left at the door, apt 4B",
    "Parent pickup list: {NAME}, {NAME#2} (grandmother), {NAME#3}",
    "{FIRST} said the teacher took her phone",
    "sent the deposit to {FIRST} on {WEEKDAY}, still no keys",
    "Urgent: {NAME} has not been seen since {DATE}, last wearing a red hoodie",
    "Clinic note: patient {NAME} reports threats from ex-partner {NAME#2}",
    "hi {FIRST}! it's {FIRST#2} from soccer, can you drive the kids tmrw?",
    "Tenant {NAME} owes {AMOUNT} for March",
    "{FIRST}'s mom called the school about the bullying",
    "Witness {NAME} saw the car at {TIME} and called {PHONE}",
]

FRESH30_NEGATIVE = [
    "Coach's Corner: Practice Schedule Update",
    "Rx Savings Card - Show at Pickup",
    "Rental Application Fee: {AMOUNT}, Non-Refundable",
    "Lost Cat Flyer Tips: Use a Clear Photo",
    "Neighbor Dispute Mediation, Free Service",
    "Leave at Door Instructions Updated",
    "Parent Pickup Line Opens at {TIME}",
    "Teacher Appreciation Luncheon, {WEEKDAY}",
    "Deposit Return Policy - Read Before Signing",
    "Red Hoodie, Unisex, Size L",
    "Clinic Closed for Staff Training {DATE}",
    "Soccer Carpool Sign-Up Sheet",
]

FRESH31_POSITIVE = [
    "Recovery request: user says she is {NAME}, recovery email {EMAIL}, device IP {IP}",
    "Subscriber info: {NAME}, {ADDRESS_LINE}, account opened {DATE}",
    "Device log: login as {HANDLE} from {IP} at {TIME}; device name {FIRST}'s Galaxy",
    "Cover note: order signed by Judge {LAST} on {DATE}",
    "Requester: Det. {NAME}, badge 4471, {EMAIL}",
    "Linked phone {PHONE} belongs to {NAME} per carrier records",
    "Payment method on file: card {CARD}, billing name {NAME}",
    "Emergency: caller {FIRST} says her sister {NAME#2} took pills",
    "Account holder {NAME} listed {NAME#2} as emergency contact",
    "DM thread: {HANDLE} to {FIRST}: 'meet me behind the gym'",
    "Reported by {NAME} ({EMAIL}) on {DATE}",
    "Profile name changed from {NAME} to {NAME#2} on {DATE}",
    "Minor's guardian: {NAME}; relationship: mother",
    "Location history shows {FIRST} at {STREET} on {WEEKDAY}",
    "Subject {NAME} (SSN {SSN}) matched the account",
]

FRESH31_NEGATIVE = [
    "Recovery Request Received - Ticket Open",
    "Subscriber Information Export, Format v3",
    "Device Log Retention: 90 Days",
    "Cover Note Template for Legal Requests",
    "Requester Verification Pending",
    "Carrier Records Unavailable for Prepaid Lines",
    "Payment Method Expired - Update Now",
    "Emergency Disclosure Policy, Revised {DATE}",
    "Emergency Contact Added",
    "DM Requests Filtered",
    "Profile Name Changes Are Limited to Twice a Year",
    "Location History Is Off",
]

# Fresh 32 and 33: written after the changes made from fresh 31's failures, before being run, by a helper session
# that was told not to read the rules (redaction/) or their tests: voice-to-text
# transcripts with no punctuation, crisis-line messages, long run-on accounts, ride-share disputes, comment threads
# with replies, "[translated]" reports, OCR'd screenshots with odd spacing, lower-case support tickets, dating-app and
# support chats with "Me:" and "[Agent …]" speakers, voice-chat reports; names after prepositions and verbs ("gave it
# back to Jane", "without Jane knowing"), "goes by" nicknames, quoted speech, group renames, Find My notes, youth
# lineups, lists in prose, possessives and names at the end of a sentence. Negatives are the same services' system
# lines, transcripts and run-on chat without a person, and notices with given-name words used as ordinary words
# ("Bill Pay", "Will Call", "Grant Application"). Measured once: fresh 32 person recall 0.973 (bare Presidio
# 0.949), negatives untouched 0.832 (0.248); fresh 33 person recall 0.967 (0.921), negatives 0.916 (0.276). Both
# tuned on since.
FRESH32_POSITIVE = [
    (
        "[voice message, auto-transcribed] hey its me im outside {FIRST}s building on {STREET} he wont let me in and "
        "{FIRST#2} isnt answering can you call her at {PHONE} please hurry"
    ),
    (
        "I don't really know who else to tell. My stepdad {NAME} took my phone again and said if I talk to anyone he'll "
        "hurt my mom. I'm using my friend {FIRST#2}'s tablet. We live at {ADDRESS_LINE}. Please don't call the house."
    ),
    (
        "Trip dispute {TICKET}\nRider {NAME} says the driver (profile name {FIRST#2}) took a detour and demanded "
        "{AMOUNT} in cash. She was dropped at {STREET} instead of the airport and card {CARD} was charged twice."
    ),
    (
        "{HANDLE}: who is this guy\n  ↳ {HANDLE#2}: thats {NAME}, he goes to my school\n"
        "    ↳ {HANDLE}: lmao tell him {FIRST#3} says hi"
    ),
    (
        "[translated from Spanish] My daughter {FIRST} has not come home since {WEEKDAY}. She left with a man called "
        "{NAME#2} who drives a black car. My number is {PHONE}, I am her mother {NAME#3}."
    ),
    "IMG_4471.PNG (OCR):  {NAME}   ·   2h\n  u  better  not  tell  anyone  about  {STREET}\n  Reply   Like   {FIRST#2}  and  3  others",
    (
        "so basically me and {FIRST} went to the party at {FIRST#2}'s cousins house and then this guy {NAME#3} who "
        "nobody invited showed up and started filming everyone and when {FIRST} told him to stop he pushed her into the "
        "table and then he left in a gray car with {FIRST#4} i think"
    ),
    (
        "hi my account got hacked last night, someone changed my email to {EMAIL} and my name to {NAME}. i never did "
        "that. my real email is {EMAIL#2} and the login came from {IP}. please help asap"
    ),
    'Location shared by {FIRST} · Live for 1 hour\n{STREET}, {CITYSTATE}\n"come get me i dont feel safe here"',
    (
        "{FIRST}: so are we still on for tonight?\nMe: yes! i'll be the one in the green jacket\n{FIRST}: perfect. "
        "actually my friend {NAME#2} is coming too, hope thats ok\nMe: wait who"
    ),
    (
        "Voice chat report ({DATE}, {TIME}): player {HANDLE} said on mic that he knows where {FIRST} lives, read out "
        "{ADDRESS_LINE} and her dad's name, {NAME#2}. Others in the party: {HANDLE#2}, {HANDLE#3}."
    ),
    (
        "After the game on {WEEKDAY} the assistant coach, who the kids call Coach {FIRST} but whose full name is "
        "{NAME#2}, offered to drive three of the girls home and messaged one of them later that night from {PHONE}."
    ),
    (
        "Analyst note: the reporter believes the account belongs to her ex-husband, whom she named as {NAME}. A second "
        "profile from the same device uses the name {NAME#2} and the email {EMAIL}; both logged in from {IP}."
    ),
    (
        "call transcript unknown caller okay so this is {FIRST} calling for {NAME#2} you need to send the money to the "
        "same account as before or i post the pictures call me back at {PHONE} bye"
    ),
    (
        "Ticket {TICKET}\n[Customer] my ex {NAME} still has access to my doorbell camera and watches me\n[Agent {FIRST#2}] "
        "I'm so sorry. Can you confirm the email on the account?\n[Customer] {EMAIL}"
    ),
]

FRESH32_NEGATIVE = [
    (
        "[voice message, auto-transcribed] hey just checking if you still need the charger i can drop it off after work "
        "let me know"
    ),
    (
        "You're not alone. A trained Crisis Counselor will reply shortly. If you are in immediate danger, call 911. "
        "Reply STOP at any time to end the conversation."
    ),
    (
        "Trip Dispute Received\nWe've refunded {AMOUNT} to your original payment method. Your Rider Rating is not "
        "affected. Reference {TICKET}."
    ),
    "Reply · Like · 3 Replies\n  ↳ View More Comments\n  ↳ Comment Hidden by Author",
    "[translated from Spanish] Pickup Hours Have Changed. Open Monday to Saturday, {TIME} to 8 PM. Closed Sundays and Holidays.",
    "IMG_2207.PNG (OCR):  Battery  12%   ·   Low  Power  Mode\n  Wi-Fi  Calling  Off\n  Updated  {TIME}",
    (
        "so basically the whole weekend was rain and then the car wouldnt start and then the tow truck took like three "
        "hours and cost {AMOUNT} so yeah not doing that again"
    ),
    (
        "hi my order {ORDER} says delivered but there is nothing at the door, i checked with the front desk too. can you "
        "resend or refund please"
    ),
    "Live Location Sharing Ended\nYou stopped sharing your location at {TIME}. Trusted Contacts were notified.",
    "You Both Liked Each Other!\nStart With Something Simple: What's Your Favorite Weekend Spot?",
    "Voice Chat Disabled: Your Party Has Players Under 13. Parents Can Change This in Family Settings.",
    "Bill Pay Scheduled for {DATE}: {AMOUNT} to Electric Company. Will Call Window Opens at {TIME}.",
]

FRESH33_POSITIVE = [
    "i gave the charger back to {FIRST} yesterday so idk why she's telling everyone i stole it",
    "he took the car without {FIRST} knowing and drove it all the way to {CITYSTATE}",
    "{NAME} (goes by {FIRST#2}) said she'd pay the {AMOUNT} back by {WEEKDAY}",
    'and then she goes "{FIRST}, if you tell your mom I swear" and just walked out',
    '{FIRST} renamed the group "{FIRST#2}\'s bday 🎂"',
    "Find My: {FIRST}'s AirPods last seen near {STREET} at {TIME}",
    "U12 lineup for {WEEKDAY}: {FIRST} in goal, {FIRST#2} and {FIRST#3} at center back, everyone else rotates",
    "her profile says {FIRST}, 24, but the pics are of someone else and she asked me for {AMOUNT} in gift cards",
    "in voice chat {HANDLE} kept saying he'd swat {FIRST} and then posted what he said was her IP, {IP}",
    "the hoodie in that video is definitely {FIRST}'s, she wore it to school on {WEEKDAY}",
    "The last person to see her that night was {NAME}.",
    "In the car were {NAME}, her boyfriend {FIRST#2}, a girl named {FIRST#3} and someone I only know as {HANDLE}.",
    "please don't tell {FIRST} I reported this, she'll know it was me",
    "I haven't heard from {FIRST} since the fight with {FIRST#2} on {WEEKDAY}",
    "she used the card {CARD} that belongs to my grandpa {NAME} to buy robux",
]

FRESH33_NEGATIVE = [
    'You renamed the group "Weekend Plans 🌊"',
    "Find My: AirPods Pro Last Seen Near Home at {TIME}",
    "U12 Spring Season: Goalkeeper Clinic {WEEKDAY}, Shin Guards Required",
    "Profile Verified ✓ Photos Match Selfie",
    "Voice Chat: Push to Talk Enabled",
    "Gift Cards Are Never Accepted as Payment - Learn to Spot Scams",
    "Robux Gift Card, {AMOUNT}, Digital Code",
    "Replies Limited: Only People You Follow Can Reply",
    "Grant Application Deadline Extended to {DATE}",
    "Lineup Locked: Changes Close at Kickoff",
    "Nobody Here Yet - Invite Friends to Start the Party",
    "Sunny Side Up Breakfast Sandwich, {AMOUNT}",
]

FRESH34_POSITIVE = [
    (
        "[screenshot_ocr.txt]\n"
        "{FIRST} | 11:42 PM\n"
        "u up?? i need to talk\n"
        "| Me 11:43 PM\n"
        "ya whats wrong\n"
        "{FIRST} | 11:45 PM\n"
        "my stepdad {NAME#2} took my phone\n"
        "again. text me at {PHONE} its my\n"
        "friends phone\n"
        "| Me 11:46 PM\n"
        "ok omw"
    ),
    (
        "user_id,display_name,email,phone,signup_ip,dob,status\n"
        "{REF},{NAME},{EMAIL},{PHONE},{IP},{DOB},suspended\n"
        "{REF},{NAME_HYPH},{EMAIL#2},{PHONE#2},{IP#2},{DOB#2},active"
    ),
    (
        "---------- Forwarded message ---------\n"
        "From: {NAME} <{EMAIL}>\n"
        "Date: {WEEKDAY}, {DATE} at {TIME}\n"
        "Subject: Re: order {ORDER}\n"
        "To: {NAME#2} <{EMAIL#2}>\n\n"
        "{FIRST#2} the package never showed up. Tracking {TRACKING} says delivered but nothing was at "
        "{STREET}. If I don't hear back by tonight I'm telling everyone in the group what you did."
    ),
    (
        "NARRATIVE: On {DATE} at approx. {TIME} hrs the RP stated that {NAME} (DOB {DOB}) had been sending "
        "threatening messages to her daughter from the account {HANDLE}. RP advised that {LAST} currently "
        "resides at {ADDRESS_LINE} and drives a gray sedan. RP provided screenshots, attached under {CASE}."
    ),
    (
        "lol no way {FIRST} said that?? tell {FIRST#2} to stop putting my addy {STREET} on her story "
        "fr fr i will lose it and my mom is gonna see"
    ),
    (
        "I KNOW WHERE YOU LIVE {NAME_HYPH}. {ADDRESS_LINE}. YOU HAVE UNTIL {WEEKDAY} TO SEND {AMOUNT} "
        "OR EVERY SINGLE PERSON ON YOUR FOLLOWING LIST SEES THE PICS. ASK {FIRST#2} IF YOU THINK IM JOKING"
    ),
    (
        "PS5 bundle w/ 2 controllers, barely used — {AMOUNT} firm. Pickup only near {CITYSTATE}, "
        "I won't ship. Text {FIRST} at {PHONE} (no calls pls). Can also do payment to {HANDLE}. "
        "If I don't answer my roommate {NAME#2} can meet you."
    ),
    (
        "about me ✨ 24 | nurse | dog mom 🐶\n"
        "ig: {HANDLE}\n"
        "if we match ask for {FIRST} not the name on here lol\n"
        "serious ppl only -> {EMAIL}"
    ),
    (
        "[{TIME}] <{HANDLE}> yo whats ur real name\n"
        "[{TIME}] <{HANDLE#2}> {NAME} why\n"
        "[{TIME}] <{HANDLE}> bc i have ur ip lmao {IP}\n"
        "[{TIME}] <{HANDLE#2}> ok and? i live in {CITYSTATE} come find me\n"
        "[{TIME}] <{HANDLE}> bet. {STREET} right? ;)"
    ),
    (
        "Good morning Falcon families! Field trip forms are due {WEEKDAY}. Questions? Contact Ms. {LAST} at "
        "{EMAIL}. Students riding with Coach {LAST#2} should be at the gym by {TIME}. We are also collecting "
        "gift cards for {NAME}'s family after the fire — drop-offs at {ADDRESS_LINE}."
    ),
    (
        "Voicemail transcription (confidence: low)\n"
        '"hi um this is {FIRST} calling for uh {NAME#2} about the the room you posted on marketplace '
        'um I can come see it {WEEKDAY} after work my number is {PHONE} okay thanks bye"'
    ),
    (
        "[Auto-translated from Portuguese] Hello, I am mother of {FIRST}. My daughter is missing since "
        "yesterday night. She was last seen with boy called {NAME#2}, he has 19 years. His telephone is "
        "{PHONE} but he not answer. Please help us, we are living in {ADDRESS_LINE}."
    ),
    (
        "Ticket {TICKET}\n"
        "Requester: {NAME_APOS} <{EMAIL}>\n"
        "Category: Account access / takeover\n"
        "Last login IP: {IP6}\n"
        "Message: someone changed my recovery email and phone. the new number {PHONE} is not mine. "
        "card ending {LAST4} was charged {AMOUNT} on {DATE}. i think it was my ex {FIRST#2}."
    ),
    (
        "> On {DATE}, {NAME} wrote:\n"
        "> can you send it to my wallet {WALLET}\n"
        "> ill pay u back friday i swear\n"
        ">\n"
        "> - {FIRST}\n\n"
        "No. You said that last time too. Stop messaging me or I'm calling your brother {FIRST#2}."
    ),
    (
        "🎂🎉 {FIRST} is SIXTEEN today!!! love u sis 💕 huge thank u to {FIRST#2} and {NAME#3} for "
        "planning the surprise party, and to Pastor {LAST#4} for letting us use the hall 🙏"
    ),
]

FRESH34_NEGATIVE = [
    (
        "Your order {ORDER} from {COMPANY} has shipped! Tracking number: {TRACKING}. "
        "Estimated delivery: {WEEKDAY}, {DATE}. Reply STOP to opt out of shipping texts."
    ),
    (
        "Will this work on the older app? I'm on {VERSION} (build {BUILD}) and the Grant Access button "
        "just spins forever. Tried clearing cache, same thing."
    ),
    (
        "May deals are here 🌸 Rose Gold phone cases and Summer Coral earbuds 30% off through Memorial Day. "
        "Use code {CODE} at checkout. Limit 2 per customer."
    ),
    (
        "Playlist: Late Summer Drive 🚗\n"
        "1. Hope Street Lights\n"
        "2. Paper Harbor\n"
        "3. Highway Rain (Acoustic)\n"
        "4. Faith in the Static\n"
        "5. Honey, Don't Wait Up"
    ),
    (
        "Case {CASE} status changed: Pending Review → Escalated to Tier 2.\n"
        "Next update expected by {TIME} {WEEKDAY}. Internal reference: {REF}."
    ),
    (
        "bill came to {AMOUNT} split 4 ways. jack up the tip a little the waiter was great, "
        "also who took the last slice of cheesecake 👀"
    ),
    (
        "Meet by the North Gate food court at Riverside Commons, across from Panda Express. "
        "Parking level 3 is free until {TIME}, after that it's the Main Street garage."
    ),
    (
        "Invoice {INVOICE} for {AMOUNT} is due {DATE}.\n"
        "Item: Stand Mixer 5qt, SKU {SKU}, qty 2\n"
        "Part no. 310-2245-09 (replacement bowl) backordered.\n"
        "Confirmation: {CONF}"
    ),
    (
        "Game night! Packers vs Bears kicks off at {TIME} on Thanksgiving — rec room, bring snacks. "
        "Rose Bowl watch party on New Year's Day too if anyone's around."
    ),
    (
        "Security alert: a new sign-in to your account was detected on Chrome for Windows on {DATE} at {TIME}. "
        "If this was you, no action is needed. Otherwise enter code {CODE} to secure your account."
    ),
    (
        "Settings > Privacy & Safety > Blocked Accounts > Manage Who Can Message You\n"
        "Toggle 'Allow Message Requests From Everyone' off, then tap Save Changes."
    ),
    (
        "Faith & Hope Community Pantry is open {WEEKDAY} from {TIME}. Grant-funded, no ID required. "
        "Canned goods and diapers welcome at the side door on Church Street."
    ),
]

FRESH35_POSITIVE = [
    (
        "profile_export:\n"
        '  display_name: "{FIRST} 🌙"\n'
        "  legal_name: {NAME}\n"
        "  birthday: {DOB}\n"
        "  phone_verified: {PHONE}\n"
        "  recovery_email: {EMAIL}\n"
        "  last_ip: {IP}\n"
        '  bio: "tired. ask {FIRST#2} if u need me"'
    ),
    (
        "Prayer request from Pastor {LAST}: please keep the {LAST#2} family in your hearts this week. "
        "{NAME_APOS} is home recovering and meals can be dropped off after {TIME} at:\n"
        "{ADDRESS}\n"
        "Sign-up sheet: {URL}"
    ),
    (
        "Per Officer {LAST} ({PHONE}), subject {NAME} is believed to be using the account {HANDLE} "
        "to contact the minor {FIRST#2}. Requesting subscriber info and login IPs, incl. {IP6}, "
        "from {DATE} to present. Agency ref {REF}."
    ),
    (
        "group chat members (7th grade bio lab):\n"
        "- {NAME}\n"
        "- {NAME#2}\n"
        "- {NAME_HYPH}\n"
        "- {FIRST#3} (new)\n"
        "- me\n"
        "who added {FIRST#4}?? shes not even in our class"
    ),
    (
        "🚨🚨 {NAME} is a SCAMMER 🚨🚨 sent him {AMOUNT} for concert tix on {DATE} and got blocked "
        "right after. his pay tag is {HANDLE} and number {PHONE}. DO NOT BUY FROM HIM"
    ),
    (
        "{FIRST}, please call me when you get this. Dad and I are worried sick. We drove past {STREET} "
        "and your car wasn't there. Whatever happened we are not mad, we just need to know you're safe.\n"
        "— {FIRST#2}"
    ),
    (
        "ts\tsender\trecipient\tbody\n"
        "{ISODATE} {TIME}\t{HANDLE}\t{HANDLE#2}\tmeet me behind the rink and bring {FIRST}\n"
        "{ISODATE} {TIME}\t{HANDLE#2}\t{HANDLE}\tk but her dad {NAME#2} cant know\n"
        "{ISODATE} {TIME}\t{HANDLE}\t{HANDLE#2}\the wont. hes at work til 11"
    ),
    (
        "im done. sorry to everyone. {FIRST} i left the letter in your locker, dont let {NAME#2} "
        "read it first. tell mom its not her fault. i love you"
    ),
    (
        "Buyer {NAME} claims item not received for order {ORDER}. Shipped {DATE} via {TRACKING} to "
        "{ADDRESS_LINE}. Buyer paid with card {CARD}; chargeback filed under {CASE}. "
        "Buyer contact: {EMAIL}. Seller says buyer's partner {FIRST#2} signed for it."
    ),
    (
        "send 0.05 btc to {WALLET} by {TIME} {WEEKDAY} or these go to {FIRST}'s whole school. "
        "i already have {NAME_HYPH}'s number {PHONE} and her moms email {EMAIL} so dont test me"
    ),
    (
        "IMG_{REF}.png (text detected):\n"
        "< Messages      {NAME}\n\n"
        "where r u\n"
        "I ll come get\n"
        "you just send the addr\n\n"
        "        {ADDRESS_LINE}\n"
        "        side door\n\n"
        "Read {TIME}"
    ),
    (
        "DECLARATION OF {NAME} IN SUPPORT OF EMERGENCY DISCLOSURE REQUEST\n"
        "1. I am the legal guardian of {NAME#2}, age 14, born {DOB}.\n"
        "2. On {DATE} my ward received messages from an account registered to {EMAIL#2}.\n"
        "3. The sender identified himself as {FIRST#3} and asked her to meet at {STREET}."
    ),
    (
        "Coach {LAST} here — practice moved to {TIME} at the east field. Parents, if you can't reach me "
        "text {PHONE}. Rides: {FIRST} with {FIRST#2}, {FIRST#3} with me. Snacks this week: the {LAST#2}s. "
        "Thanks!"
    ),
    (
        "hello sir, I am apply the job from your page. Your manager {NAME} ask me my social number, "
        "I give him {SSN} and my birth date {DOB}. Now he is not answer. His number was {PHONE}. "
        "Please what I must do?"
    ),
    (
        "Thanks for reaching out. I've attached the screenshots you asked for. The account that messaged "
        "my son is {URL} and the person told him his name was {NAME_APOS}.\n\n"
        "Best,\n"
        "{NAME}\n"
        "{PHONE}"
    ),
]

FRESH35_NEGATIVE = [
    (
        "Dispute {CASE}: customer reports Summer Breeze diffuser (SKU {SKU}) arrived cracked. "
        "Refund of {AMOUNT} issued to card ending {LAST4}. TXN {TXN}."
    ),
    (
        "lmao patch {VERSION} broke everything. Crimson Warden can't even use Frost Nova anymore "
        "and the Iron Gate raid resets at {TIME}?? devs pls"
    ),
    (
        "Reminder: Easter brunch at Golden Corral, {TIME}. Mother's Day reservations open {DATE}, "
        "tables for 8+ need a deposit of {AMOUNT}."
    ),
    (
        "Sale ends at midnight — Marble Creek throw pillows, Willow & Oak candles, and the "
        "Hudson sectional in Slate Grey. Free shipping over {AMOUNT}."
    ),
    (
        'You were added to the group "Book Club 📚".\n'
        "Messages in this group are end-to-end encrypted. Tap to learn more.\n"
        "3 new members joined · {TIME}"
    ),
    (
        "Boarding pass: Flight UA 1482 departs {TIME}, Gate B12, Seat 23C. "
        "Confirmation {CONF}. Boarding group 4."
    ),
    (
        "Tracking {TRACKING}: Out for delivery.\n"
        "Update: Package left at front door, photo on file. Delivered {WEEKDAY} {TIME}."
    ),
    (
        "Sunday Service at Grace Chapel starts at {TIME}. Youth Group meets after in Room 204. "
        "Everyone welcome, coffee by Sparrow Lane Roasters!"
    ),
    (
        "can u grab the mail on ur way in, and the amazon box, and mark the last 2 pages of the chem "
        "packet — due {WEEKDAY}. also we need milk"
    ),
    (
        "Order #{ORDER} | Qty 1 | Cherry Hill Cold Brew 12oz | {AMOUNT}\n"
        "Order #{ORDER} | Qty 2 | Park Avenue Blend Decaf | {AMOUNT}\n"
        "Ref 844-210-3371 (gift receipt)"
    ),
    (
        "ticket {TICKET} closed — user confirmed the Reset Password link worked. "
        "SLA met (resolved {ISODATE} {TIME})."
    ),
    (
        "Warning: Account Suspended For Violating Community Guidelines.\n"
        "Appeal Reference: {REF}. You May Submit One Appeal Within 30 Days."
    ),
]

FRESH36_POSITIVE = [
    # school app message to parents
    (
        "ClassDojo · Room 4 (Pre-K)\nHi! This is Mrs. {LAST} from the front office. Today at {TIME} a man who gave "
        "the name {NAME} tried to pick up {FIRST#2} early. He is not on the approved list, so we did not release her. "
        "He left a callback number of {PHONE}. Please call us before pickup tomorrow."
    ),
    # church group chat
    (
        "[Grace Fellowship Youth 🙏]\nDeacon {LAST}: Van leaves the church lot at {TIME} on {WEEKDAY}. Text {PHONE} "
        "if your kid needs a ride.\n{FIRST}: can {FIRST#2} ride w/ us? her mom works late\n"
        "Deacon {LAST}: yes, we'll swing by {STREET} and grab her 👍"
    ),
    # rideshare driver-customer chat
    (
        "Trip chat · {DATE}\nRider: hey im outside the walgreens not the cvs\nDriver: ok coming, white camry\n"
        "Rider: actually my friend {NAME} is taking the ride instead, her # is {PHONE}\n"
        "Driver: i can only pick up the account holder sorry\nRider: its fine she'll be at {ADDRESS_LINE} in 5"
    ),
    # dating app profile prompts
    (
        "Profile · {FIRST}, 24 · {CITYSTATE}\nMy most irrational fear: my ex {FIRST#2} finding me on here 😭\n"
        "Two truths and a lie: I own a snake, I've been to 14 countries, I was born {DOB}\n"
        "The way to win me over: tacos + honesty\nFind me elsewhere: ig {HANDLE}"
    ),
    # gaming voice-chat transcript
    (
        "[Voice transcript · Squad 3 · {TIME}]\n{HANDLE}: bro just drop ur addy already we're sending 20 pizzas lmao\n"
        "{HANDLE}: ur brother {NAME} already told us it's {STREET}\n{HANDLE}: and we got ur mom's number {PHONE}\n"
        "[System] Player reported for harassment. Case {CASE}."
    ),
    # landlord-tenant texts
    (
        "Hi {FIRST#2}, this is {NAME}, your landlord. Rent for unit 2B was due {DATE} and I haven't received the "
        "{AMOUNT} yet. Also your boyfriend {FIRST#3} can't keep parking in Mrs. {LAST}'s spot. Zelle to {EMAIL} or "
        "call me at {PHONE}."
    ),
    # HR / workplace harassment complaint
    (
        "HR Intake — Ref {REF}\nReporting employee: {NAME} (cell {PHONE})\nAccused: Shift supervisor {NAME#2}\n"
        "Description: On {DATE} at approx. {TIME}, {FIRST#2} followed me to my car and told me he knew I lived at "
        "{ADDRESS_LINE}. Witness: {NAME_HYPH} (loading dock).\ncc: Dr. {LAST}, Employee Assistance"
    ),
    # hospital / ER visitor log
    (
        "ER VISITOR LOG — {DATE}\n{TIME}  {NAME}  Relation: mother  ID checked  Bed 12\n"
        '{TIME}  {NAME_APOS}  Relation: "uncle"  ID: none  Bed 12  DENIED per charge RN\n'
        "Note: pt's stepfather ({LAST}) called from {PHONE} x3 asking for the room number. Security notified."
    ),
    # sports team group chat
    (
        "U12 Thunder Parents ⚽🏆\nCoach {LAST}: game moved to {TIME} sat, Riverside fields\n"
        "{NAME}: @{FIRST#2} can you grab {FIRST#3}'s cleats off our porch? {STREET}, side door\n"
        "Coach {LAST}: 👍 and {NAME_HYPH} has a spare pair if not"
    ),
    # neighbourhood watch post
    (
        "🚨 Oak Hollow Neighborhood Watch\nHeads up — the guy in the gray hoodie on everyone's Ring footage last night "
        "is {NAME}. He's staying at {ADDRESS_LINE}. His sister {FIRST#2} says he's off his meds. If you see him call "
        "non-emergency or me at {PHONE}. Video: {URL}"
    ),
    # online marketplace dispute
    (
        "Marketplace dispute {CASE}\nBuyer: I paid {AMOUNT} for the PS5 (order {ORDER}) and got a box of rocks. "
        'The seller\'s real name is {NAME}, not "GameDeals", and the return label said\n{ADDRESS}\n'
        "Seller: thats not me, thats my roommate {FIRST#2}'s account, talk to her"
    ),
    # crisis-line chat transcript
    (
        "Crisis chat — session {REF}\nCounselor: You can share as much or as little as you want.\n"
        "Visitor: my name is {FIRST#2}, im 15. my stepdad {NAME} said if i tell anyone he'll hurt my mom\n"
        "Counselor: Thank you for telling me, {FIRST#2}. Are you somewhere safe right now?\n"
        "Visitor: im at home, {ADDRESS_LINE}. he gets back at {TIME}"
    ),
    # custody-exchange messages between co-parents
    (
        "OurFamilyWizard · {DATE} {TIME}\nFrom: {NAME}\nTo: {NAME#2}\nSubject: Exchange this weekend\n"
        "The kids will be ready at 6. Please don't bring {FIRST#3} to the exchange again, the order says no new "
        "partners around them. If you're late I'm taking them to my mom's at {STREET}."
    ),
    # payment-app transaction memos
    (
        'Payment activity (export)\n{DATE}  {NAME} paid {NAME#2}  "rent 🏠"  {AMOUNT}\n'
        '{DATE}  {NAME#2} paid {NAME_APOS}  "u know what for 🤐"  {AMOUNT}\n'
        "{DATE}  Venmo: {FIRST} - gas ⛽ + snacks  {AMOUNT}  txn {TXN}"
    ),
    # detective call-detail notes
    (
        "Det. notes, {CASE}: Reviewed CDRs for target account {HANDLE}. Most frequent contact is {PHONE} "
        '(subscriber: {NAME}), 14 calls between {TIME} and midnight on {DATE}. Target also texted "meet at '
        "{LAST}'s\" — {LAST} believed to be a cousin at {ADDRESS_LINE}. Sgt. {LAST#2} to serve preservation request."
    ),
]

FRESH36_NEGATIVE = [
    "🔔 Don't forget to Mark Attendance before {TIME}! Will you be joining May Field Day? RSVP in the Events tab.",
    (
        "Your order {ORDER} has shipped! Carrier: UPS · Tracking {TRACKING}\nEstimated delivery: {WEEKDAY}, {DATE}\n"
        "Reply HELP for help or STOP to unsubscribe."
    ),
    (
        'Now Playing: "Amazing Grace" (Live at the Chapel)\nUp Next: "Here Comes the Sun" · '
        '"Hope Street Blues" · "Sweet Dawn Rising"\nShuffle ON · Repeat OFF'
    ),
    (
        "⚠️ NWS: Winter Storm Warning for Jefferson, Madison and Clay counties until {TIME} {WEEKDAY}. "
        "Travel on I-70 and Route 9 is strongly discouraged. 6–10 in. of snow expected."
    ),
    (
        "Sunday Gravy (serves 8)\n2 lbs Italian sausage\n1 can San Marzano tomatoes\nPinch of sugar, fresh basil\n"
        "Simmer 3 hrs on low. Chef's tip: drop in a Parmigiano rind for the last hour."
    ),
    (
        "Replacement part 310-555-0199 (hinge assembly) is backordered. Ticket {TICKET} references SKU {SKU}. "
        "RMA 401-22-7733 expires {DATE}."
    ),
    (
        "FINAL: Rangers 4, Capitals 2 🏒\nNext home game {WEEKDAY} at {TIME} — Faith & Family Night. "
        "First 5,000 fans get a bobblehead!"
    ),
    (
        "Settings > Privacy > Who Can Message Me\n○ Everyone   ● Friends of Friends   ○ Nobody\n"
        "Blocked Accounts (0) · Restricted Words · Hidden Replies · Download Your Data"
    ),
    "Happy Mother's Day! 💐 Treat Mom to brunch: 20% off at Sunny Side Cafe with code {CODE} through {DATE}.",
    (
        "Hi there! Thanks for reaching out to {COMPANY} Support. Your case {CASE} is now with our Billing team. "
        "Typical response time is under 24 hours. — The Help Desk"
    ),
    (
        "📚 Book Club poll closes {WEEKDAY}:\nA) The Midnight Library\nB) Little Fires Everywhere\n"
        "C) Project Hail Mary\nPennies in the jar go toward the pizza fund 🍕"
    ),
    (
        "Shaker-style dresser, solid oak, rich walnut finish. {AMOUNT} firm. Pickup only near Union Station, "
        "no holds. Will deliver within 5 miles for a small fee."
    ),
]

FRESH37_POSITIVE = [
    # structured log line
    (
        'ts="{ISODATE} {TIME}" level=info svc=msg-relay event=message_sent from_user="{NAME}" from_ip={IP} '
        'to_user="{NAME#2}" body="ok {FIRST#2} ill be there at the park, bring cash" conv={REF}'
    ),
    # CSV audit export row
    (
        'audit_export.csv\nts,event,email,ip,detail\n"{ISODATE}","profile_update","{EMAIL}","{IP6}",'
        "\"display_name: '{NAME}' -> '{NAME_HYPH}'; payment card {CARD} added\""
    ),
    # SMS with carrier prefixes
    (
        "FROM: {PHONE}\nTO: 72166\nMSG: STOP\n---\nFROM: {PHONE}\nMSG: {FIRST} {FIRST} pick up 😭 this is "
        "{NAME_APOS}'s friend from the party, her phone died. tell her dad she's at {ADDRESS_LINE}"
    ),
    # screenshot with UI chrome
    (
        "9:41 ◀ Search   ▂▄▆ LTE  87% 🔋\n< {FIRST} 🦋\niMessage\nToday {TIME}\n"
        "u told {NAME#2} where i live?? she literally just showed up at {STREET}\nDelivered\n"
        '("{FIRST#3}" is typing…)\n[ iMessage ]  🎤'
    ),
    # code-switched Spanglish
    (
        "oye {FIRST}, tu primo {NAME#2} me dijo que you're moving to {CITYSTATE}?? mándame tu nuevo address porfa "
        "o llámame al {PHONE}. y dile a tu mamá, la Sra. {LAST}, gracias por los tamales 🫔"
    ),
    # mosque group chat
    (
        "📿 Masjid Al-Noor Sisters Circle\n{FIRST#2}: Halaqa moved to after Isha on {WEEKDAY} per Imam {LAST}\n"
        "{FIRST#3}: Sr. {NAME} is in the hospital, please make dua 🤲 her husband's number is {PHONE} if you "
        "want to bring food\n{FIRST#2}: JazakAllah khair, I'll set up a meal train"
    ),
    # delivery driver-customer chat
    (
        "DoorDash · Order {ORDER}\nDasher: hi im at the gate, it needs a code\nCustomer: {CODE}# then bldg C. "
        "apt is under my gf's name, {NAME}, not mine\nDasher: ok left at door 📦\n"
        "Customer: thx!! text {PHONE} if theres an issue"
    ),
    # dating app conversation
    (
        "Hinge · You matched with {FIRST}\n{FIRST}: hey! ur lake pics are cute 😊\n"
        "You: haha thanks, thats my buddy {NAME#2}'s boat\n{FIRST}: lol ok whats ur snap? mine's {HANDLE}\n"
        "You: better yet text me {PHONE}\n{FIRST}: or just come over, {ADDRESS_LINE}, {WEEKDAY} after 9?"
    ),
    # daycare daily report
    (
        "Little Sprouts Daily Report — {DATE}\nNap: 12:30–2:15 · Lunch: ate everything 🍎\n"
        "Notes: {FIRST#2}'s grandmother {NAME} came at {TIME} asking to pick up but is not on the list (she gave "
        "DOB {DOB} and cell {PHONE}). We did not release. Please call our director, Ms. {LAST}."
    ),
    # support ticket
    (
        "Ticket {TICKET} · Priority: URGENT\nSubject: someone made a fake account of me\nUser wrote: hi my name is "
        "{NAME} and the account {HANDLE} is using my pictures and my real email {EMAIL}. i think it's my ex "
        "{NAME_HYPH}, he has my SSN {SSN} too and said he would post it"
    ),
    # marketplace listing
    (
        "FOR SALE — 2014 Honda Civic, 98k mi, {AMOUNT} OBO\nClean title, new brakes. Pick up at:\n{ADDRESS}\n"
        "Call/text {PHONE}, ask for {NAME}. If no answer try my son {FIRST#2}. Cash or Zelle only, no trades"
    ),
    # comment thread
    (
        "Comments (3)\n{HANDLE} · 2h\nthis is {NAME}'s kid right?? his dad owes me {AMOUNT} 😤\n"
        "{NAME_APOS} · 1h\nnah thats {FIRST#2}'s nephew lol they live over on {STREET}\n"
        "Reply · Like · Report"
    ),
    # profile bio
    (
        'Bio: 🌸 {FIRST} | 17 | {CITYSTATE} 📍\nmom 💕 ("{FIRST#2}") & bestie w/ {NAME_HYPH}\n'
        "venmo {HANDLE} · links ⬇️ {URL}\nDM for collabs {EMAIL}\nbday {DOB} 🎂"
    ),
    # translated emergency call transcript
    (
        "[Translated from Spanish] Caller: My daughter {FIRST#2} didn't come home. She left with a man named "
        "{NAME} who drives a blue truck. I think he lives near {STREET}. His phone is {PHONE}.\n"
        "Operator: What is your daughter's date of birth?\nCaller: {DOB}."
    ),
    # payment app activity with crypto
    (
        'Cash App · Activity\n{DATE}  To {NAME}  {AMOUNT}  "for {FIRST#2}\'s pics 🔒"\n'
        '{DATE}  Bitcoin sent  {AMOUNT}  to {WALLET}\n{DATE}  From {NAME_APOS}  {AMOUNT}  "bail $$ hurry"\n'
        "Card ••{LAST4} · Ref {TXN}"
    ),
]

FRESH37_NEGATIVE = [
    (
        "What's new in {VERSION} (build {BUILD}):\n• Rich text in captions\n• Fixed a bug where Stories froze on "
        "older devices\n• Will now remember your last-used filter\n• Bill Splitting moved to the Wallet tab"
    ),
    (
        "Sunday Worship {TIME} · Sermon series: Faith Over Fear, Part 3\nJoy Choir rehearsal moved to {WEEKDAY}\n"
        "Food Pantry needs: canned beans, rice, size 4 diapers. Thank you for your generosity!"
    ),
    (
        "[System] Match found! Map: Harbor Point · Mode: Ranked Duos\n[System] Squad leader transferred.\n"
        "[System] Season 7 Battle Pass ends {DATE}. Claim the Golden Dawn skin before it's gone!"
    ),
    (
        "Detour: Route 14 buses will skip the Elm St & 5th Ave stops until {DATE}. Please use Harbor Square "
        "Station instead. We apologize for the inconvenience."
    ),
    (
        "{COMPANY}: A purchase of {AMOUNT} was made on card ending {LAST4} at Target #1842 on {DATE}. "
        "Not you? Reply NO. Msg&data rates may apply."
    ),
    (
        "INVOICE {INVOICE}\nBill To: Accounts Payable\nItem: Premium Plan (annual) · SKU {SKU} · {AMOUNT}\n"
        "Due: {DATE} · Terms: Net 30"
    ),
    (
        "Your confirmation number is {CONF}. For reference, your claim ID is 212-555-0147 and your case number is "
        "{CASE}. Keep this message for your records."
    ),
    (
        "Movie night poll 🍿\n1️⃣ Inside Out 2\n2️⃣ The Grand Budapest Hotel\n3️⃣ Little Miss Sunshine\n"
        "4️⃣ Pride & Prejudice\nVoting closes at {TIME}!"
    ),
    (
        "Recordatorio: la clínica de vacunas es el {WEEKDAY} de 9 a 1 en el gimnasio. Traigan la tarjeta del "
        "seguro. ¡Feliz Día de los Reyes! 👑"
    ),
    (
        "Daily affirmation ✨ Hope is a verb. Grace is a practice. Joy is a choice. Dawn comes for everyone. "
        "Share this with someone who needs it today 💛"
    ),
    (
        "LOST DOG 🐕 Brown lab mix named Biscuit, last seen near the Maple Grove playground around {TIME}. "
        "Very friendly, red collar. Please share in the Lost & Found Pets group!"
    ),
    (
        "Welcome to Circles! Add Friends · Sync Contacts · Skip for Now\nTip: Pin your Favorites so they show up "
        "first.\nTerms of Service · Privacy Policy · Community Guidelines"
    ),
]

# fresh38/39: written by a helper session that read neither the rules, their tests nor any earlier set, asked for
# voicemail transcripts, dating and rideshare apps, counselor notes, payment feeds, OCR'd screenshots, exports with
# unusual columns, ALL-CAPS reports, moderation logs, vCards, and negatives full of words that are names elsewhere.
FRESH38_POSITIVE = [
    # voicemail-to-text transcript with disfluencies
    (
        "Voicemail (0:47) from {PHONE}: \"hey um it's, it's {NAME}, uh, I'm calling about my my niece? she's "
        "been talking to some guy online, he goes by {HANDLE}, and uh he said he'd pick her up from, like, "
        '{STREET} tomorrow at {TIME}... okay call me back, bye"'
    ),
    # dating-app match card with profile prompts
    (
        "\u2728 It's a match! You and {FIRST}, 24 liked each other\n"
        'Prompt: Two truths and a lie \u2192 "I was born {DOB}, I\'ve never seen snow, my ig is {HANDLE}"\n'
        "Prompt: Text me at \u2192 {PHONE} (no calls lol)\n"
        "{FIRST} sent a voice note \u00b7 {TIME}"
    ),
    # rideshare trip receipt followed by driver/rider chat
    (
        "Trip receipt \u00b7 {DATE}\nDriver: {FIRST} \u26054.93   Vehicle: Silver sedan\n"
        "Pickup   {ADDRESS_LINE}\nDropoff  {STREET}\nTotal {AMOUNT}  \u2022  Trip {CONF}\n"
        "\u2014 Chat \u2014\nRider: im the one in the red hoodie by the pharmacy\n"
        "Driver: ok. my personal # is {PHONE} if app glitch"
    ),
    # group chat of a youth soccer team's parents
    (
        "U11 Hornets Parents \U0001f41d\u26bd\n{NAME}: who's got snacks sat?\n{NAME#2}: me! also carpool leaving "
        "from {STREET} at {TIME}\n{NAME}: coach said the new assistant {NAME#3} keeps messaging the girls on "
        "snap?? anyone else seeing that\n{FIRST#2}: yes. screenshotting everything"
    ),
    # school counselor session note
    (
        "COUNSELING NOTE \u2014 confidential\nStudent: {NAME}   DOB: {DOB}   Grade 9\n"
        "Student disclosed that mother's boyfriend ({NAME#2}) has been staying at the home since {DATE}. "
        'Student stated "he said if I tell anyone he\'d end it for both of us." Mandated report filed, '
        "case {CASE}. Parent contact on file: {PHONE}."
    ),
    # personal notes-app entry, unformatted list
    (
        "things to remember!!\n- {FIRST}'s new number {PHONE}\n- DONT go back to {ADDRESS_LINE}\n"
        "- he uses {EMAIL} now not the old one\n- pin for shared acct is NOT my bday ({DOB}) anymore"
    ),
    # calendar invite with attendee list
    (
        "Invitation: Custody exchange handoff\nWhen: {WEEKDAY} {DATE} {TIME} \u2013 30 min\n"
        "Where: {ADDRESS_LINE}\nOrganizer: {EMAIL}\nAttendees:\n  {NAME} (optional)\n  {EMAIL#2}\n"
        "Note: please do not bring {FIRST#2} this time\nGoing?  Yes \u00b7 No \u00b7 Maybe"
    ),
    # Venmo/Zelle-style payment feed with memos
    (
        '{NAME} paid {NAME#2}\n"\U0001f355 + gas" \u00b7 {AMOUNT} \u00b7 {DATE}\n\n'
        '{NAME#2} paid {NAME#3}\n"for the pics \U0001f608 dont tell {FIRST}" \u00b7 {AMOUNT} \u00b7 {TIME}\n\n'
        "Zelle\u00ae to {PHONE} \u2014 memo: rent half \u2014 ref {TXN}"
    ),
    # gaming voice-chat transcript (auto-captioned)
    (
        "[VC Party \u00b7 4 members]\n[{HANDLE}]: yo push B push B\n[{HANDLE#2}]: bro i'm literally... ok ok\n"
        "[{HANDLE}]: after the match add my snap, or just text {PHONE}, i'm at my dad's in {CITYSTATE} all week\n"
        "[{HANDLE#2}]: how old r u again\n[{HANDLE}]: 13 lol why"
    ),
    # classified ad for a used car
    (
        "FOR SALE \u2014 2011 hatchback, 140k mi, runs great, new tires. {AMOUNT} OBO.\n"
        "Serious buyers only!! Call or txt {PHONE} ask for {FIRST}. Can meet at {STREET} after {TIME}. "
        "No trades, no lowballers, cash only. Also on marketplace under {NAME}"
    ),
    # obituary with family-tree details
    (
        "{NAME}, 78, of {CITYSTATE}, passed peacefully on {DATE}. Born {DOB}, {FIRST} was a retired "
        "machinist and proud grandfather. He is survived by his daughter {NAME_HYPH} and four grandchildren. "
        "Services at Hollow Pines Chapel, {TIME}. In lieu of flowers, donate to the county library."
    ),
    # missing-person flyer shared on social media
    (
        "\u203c\ufe0f MISSING \u203c\ufe0f\n{NAME_APOS}\nAge 15 \u00b7 DOB {DOB} \u00b7 5'4\" \u00b7 brown hair, braces\n"
        "Last seen {WEEKDAY} near {STREET}, getting into a grey van\n"
        "May be with {NAME}\nANY INFO call {PHONE} or 911\nPLEASE SHARE \U0001f64f"
    ),
    # crisis hotline intake form, key: value lines with odd spacing
    (
        "INTAKE  #{TICKET}\nCaller name   :{NAME}\ncallback:   {PHONE}\n"
        "Subject name:{NAME#2}   \n  subject addr  :  {ADDRESS}\nrisk lvl : HIGH - stated plan + means\n"
        "notes:caller is subject's roommate, subject not answering since {TIME}"
    ),
    # bilingual English/Spanish family group chat
    (
        "Familia \U0001f49b\n{FIRST}: mija ya llegaste?? tu mam\u00e1 est\u00e1 preocupada\n"
        "Me: not yet, still at {FIRST#2}'s place\n{FIRST}: qui\u00e9n es ese?? dame la direcci\u00f3n\n"
        "Me: {ADDRESS_LINE} relax\n{FIRST}: ok. si no contestas a las {TIME} llamo a tu t\u00edo al {PHONE}"
    ),
    # email thread with quoted replies and a signature block
    (
        "Re: Re: concerns about {FIRST#2}\n\nOk I'll forward the screenshots tonight.\n\n"
        "On {DATE}, {NAME} <{EMAIL}> wrote:\n> He showed up at the school again. Lives at {STREET} I think.\n"
        "> --\n> {NAME}\n> Room parent | {PHONE}\n"
    ),
]

FRESH38_NEGATIVE = [
    # app release notes
    (
        "What's new in {VERSION} (build {BUILD})\n\u2022 Dark mode now follows system settings\n"
        '\u2022 Fixed a crash when opening Shared Albums on older devices\n\u2022 "Jump to date" is faster\n'
        "\u2022 Thanks for using Pebble Notes! Rate us if you like it \u2b50"
    ),
    # recipe card
    (
        "Grandma-Style Shepherd's Pie \U0001f967\nServes 6 \u00b7 Prep 25 min \u00b7 Bake 40 min\n"
        "1 lb ground lamb, 2 carrots, 1 cup peas, 3 Russet potatoes, 2 tbsp Worcestershire\n"
        "Tip: Yukon Gold works too. Bake at 400\u00b0F until golden. Pairs well with a glass of Shiraz."
    ),
    # sports scores where team/town names are also first names or surnames
    (
        "FINAL SCORES \u2014 {DATE}\nJackson Jays 4, Madison Mavericks 2\nHarris County Hawks 17, Tyler Tigers 14 (OT)\n"
        "Jordan Valley United 1, Porter Rovers 1\nNext up: Carter Creek at Lincoln Prep, {WEEKDAY} {TIME}"
    ),
    # weather and traffic alert naming roads and counties
    (
        "\u26a0\ufe0f WINTER STORM WARNING for Warren, Marion and Clay counties until {TIME} {WEEKDAY}.\n"
        "Traffic: I-65 SB closed at exit 112; crash on Ashford Blvd near the Franklin St on-ramp. "
        "Pierce Ave reduced to one lane. Expect 40+ min delays. Drive safe!"
    ),
    # store hours sign
    (
        "Holloway Hardware & Garden \u2014 HOURS\nMon\u2013Fri 7am\u20138pm\nSat 8am\u20136pm\nSun 10am\u20134pm\n"
        "Closed {DATE} for inventory. Curbside pickup: order online, use code {CODE} at checkout. "
        "Ask about our Rent-a-Tiller program!"
    ),
    # product listing with colour names that are also first names
    (
        "Everyday Crew Tee \u2014 {AMOUNT}\nColours: Rose, Olive, Hazel, Ruby, Ivy, Sienna, Amber\n"
        "SKU {SKU} \u00b7 100% cotton \u00b7 Sizes XS\u20133XL\n\u2605\u2605\u2605\u2605\u2606 1,204 reviews\n"
        '"The Olive is more of a sage IRL."'
    ),
    # library staff picks with invented movie/book titles
    (
        'Staff Picks \U0001f4da\U0001f3ac\n1. "Call Her Savannah" \u2014 paperback, {AMOUNT}\n'
        '2. "Ask Me About August" (PG-13)\n3. "Winnie and the Lighthouse Keeper" \u2014 ages 4\u20138\n'
        '4. "Chasing Dallas" \u2014 4K restoration\nHold any title with your library card. Due back {DATE}.'
    ),
    # church weekly event notice
    (
        "Grace Fellowship Church \u2014 This Week\n{WEEKDAY} {TIME}: Youth Group pizza night (Fellowship Hall)\n"
        "Saturday: Harvest Food Drive, bring canned goods to the east lot\n"
        "Sunday: Bible study on the Book of Ruth, chapters 1\u20132\nAll are welcome! Childcare provided."
    ),
    # app UI string resource file
    (
        'settings.privacy.title = "Who can see your posts?"\nsettings.privacy.friends = "Friends only"\n'
        'profile.placeholder.full_name = "Full name"\nprofile.empty_bio = "Tell people a little about yourself"\n'
        'error.network = "Can\'t connect. Try again in a moment."\nbutton.add_contact = "Add Contact"'
    ),
    # support ticket auto-reply boilerplate with reference numbers
    (
        "Hi there,\n\nThanks for contacting Brightline Support. Your request has been received and assigned "
        "ticket {TICKET}. Reference: {REF}. Claim no. {DIGITS10}.\nAn agent will reply within 24\u201348 hours. "
        "Please quote {CASE} when calling us.\n\nKind regards,\nThe Brightline Support Team"
    ),
    # pet adoption listing (the name belongs to a dog)
    (
        "\U0001f43e ADOPT ME: Murphy\n2 yr old neutered male beagle mix, 28 lbs. Good with cats, okay with kids 8+. "
        "Murphy loves squeaky toys and car rides. Adoption fee {AMOUNT} includes shots + microchip.\n"
        "Meet him {WEEKDAY} at Tailwind Rescue, kennel {CODE}."
    ),
    # bank SMS fraud alert
    (
        "BankNorth: A purchase of {AMOUNT} at FRESHWAY MKT #0412 was made with card ending {LAST4} on {DATE}. "
        "Not you? Reply NO. Txn ref {TXN}. Msg&data rates may apply. Reply STOP to opt out."
    ),
]

FRESH39_POSITIVE = [
    # phone screenshot transcribed by OCR: broken lines, stray symbols, misreads
    (
        "9:41 \u25ae\u25ae\u25ae 87%\n< Messages      {NAME}\n|  u up? i kno wh3re u\nlive now lol  {STREET}\n"
        "|  dont block me agaln \u2022\n~ Delivered\n.. iMessage ..\n| my new # is {PHONE} use\nthat one !!\n"
        "|  \u00a9 ... l0cation shared from {CITYSTATE}"
    ),
    # YAML account export with unusual field names
    (
        'account_export:\n  acct_holder_disp: "{NAME}"\n  recov_mail_2: {EMAIL}\n  last_login_v4: {IP}\n'
        "  last_login_v6: \"{IP6}\"\n  birth_dt_raw: '{DOB}'\n  flags: [minor_suspected, escalated]\n"
        "  case: {CASE}"
    ),
    # subpoena-style attachment list of produced records
    (
        "ATTACHMENT A \u2014 Records Produced\nA-1  Subscriber info for account {HANDLE} (registered to {NAME})\n"
        "A-2  Login IP log {ISODATE} to present, incl. {IP}\nA-3  Payment instrument on file: {CARD}\n"
        "A-4  Linked wallet {WALLET}\nProduction ref. {REF}"
    ),
    # police report narrative in ALL CAPS with mixed-case names
    (
        "NARRATIVE: ON {DATE} AT APPROX {TIME} R/O RESPONDED TO {ADDRESS_LINE} REF A WELFARE CHECK. "
        'R/P {NAME} STATED HER BROTHER {NAME#2} HAD POSTED "GOODBYE EVERYONE" AND WAS NOT ANSWERING '
        "HIS PHONE ({PHONE}). R/O MADE CONTACT W/ {FIRST#2} IN REAR YARD. SUBJ TRANSPORTED FOR EVAL. CASE {CASE}."
    ),
    # casual lowercase text thread
    (
        "me: tell {FIRST} i said hi lol\nthem: lmaooo no. shes with {FIRST#2} again\nme: wait the guy from "
        "{CITYSTATE}??\nthem: ya he picked her up. his ig is {HANDLE}\nme: thats so weird hes like 25\n"
        "them: ik. her mom thinks shes at mine \U0001f480"
    ),
    # comments on a public post with reply chains
    (
        "\U0001f4ac 214 comments\n{HANDLE}: this is so sad praying for the family \U0001f64f\n  \u21b3 {HANDLE#2}: "
        "i went to school w her brother {NAME}, he lives on {STREET} if anyone wants to bring food\n"
        "    \u21b3 {HANDLE}: pls don't post addresses \U0001f62c\n  \u21b3 {HANDLE#3}: he deserves whatever happens"
    ),
    # in-app abuse report written by a teenager
    (
        "Report type: Harassment / other\nWhat happened?: ok so theres this guy {NAME} he says hes 16 but i think "
        "hes way older. he keeps asking for pics and said he knows my school. he sent money to my cashapp from "
        "{EMAIL} and now says i owe him. his number {PHONE}\nYour age: 14\nAnything else?: pls dont tell my parents"
    ),
    # Discord/Slack moderation log
    (
        "[{ISODATE} {TIME}] AutoMod flagged message in #general by {HANDLE}\n"
        '  content: "i\'ll find you {FIRST}, i have ur ip {IP} and ur address"\n'
        "[{TIME}] Mod action: ban \u00b7 target {HANDLE} \u00b7 reason: doxxing/threats\n"
        "[{TIME}] Mod note: victim is {HANDLE#2}, escalated to T&S"
    ),
    # shared-doc meeting minutes with @mention action items
    (
        "Neighborhood Watch \u2014 Minutes ({DATE})\nPresent: {NAME}, {NAME#2}, + 6 others\n"
        "\u2022 Car seen circling near {STREET} again, plate partially noted\n"
        "Action items:\n\u2610 @{FIRST} call non-emergency line\n\u2610 @{FIRST#2} collect doorbell footage\n"
        "\u2610 everyone: do NOT confront"
    ),
    # vCard-style contact card export
    (
        "BEGIN:VCARD\nVERSION:3.0\nFN:{NAME}\nN:{LAST};{FIRST};;;\nTEL;TYPE=CELL:{PHONE}\n"
        "EMAIL;TYPE=HOME:{EMAIL}\nNOTE:met at the bus station, said he could get her a job\nEND:VCARD"
    ),
    # bank statement transaction lines
    (
        "DATE     DESCRIPTION                              AMOUNT\n"
        "{DATE}  ZELLE TO {NAME} CONF# {CONF}   -{AMOUNT}\n"
        "{DATE}  POS PURCHASE QUIKSTOP 0091          -{AMOUNT}\n"
        "{DATE}  ZELLE FROM {NAME#2} {PHONE}   +{AMOUNT}\n"
        "{DATE}  CARD {CARD} REVERSAL         +{AMOUNT}"
    ),
    # letter from a landlord
    (
        "{DATE}\n\n{NAME}\n{ADDRESS}\n\nRE: Notice of Lease Violation\n\nDear {FIRST},\n\nIt has come to our "
        "attention that an unauthorized occupant, {NAME#2}, has been residing in the unit. Please contact "
        "the office within 10 days or call us back at {PHONE}.\n\nSincerely,\nRidgeview Property Mgmt"
    ),
    # school class roster, tab-separated
    (
        "Period 3 \u2014 Room 114\nstudent\tguardian_cell\tbday\tnotes\n{NAME}\t{PHONE}\t{DOB}\tIEP, no bus\n"
        "{NAME_HYPH}\t(see office)\t{DOB#2}\tNO photo release \u2014 custody order\n"
    ),
    # medical appointment reminder text message
    (
        "Reminder: {FIRST}, you have an appt w/ Dr. {LAST#2} on {WEEKDAY} {DATE} at {TIME}, Lakeside Family "
        "Clinic. Pt DOB {DOB} on file. Reply C to confirm, R to reschedule. Sent to {PHONE}."
    ),
    # threat posted as a poem
    (
        "roses are red\nyour door is too\n{STREET}, i've been watching you \U0001f339\n\n"
        "{FIRST} sleeps at ten, the back gate's loose\ntell {NAME#2} to pray, there's no excuse\n\n"
        "\u2014 posted by {HANDLE} \u00b7 {TIME}"
    ),
]

FRESH39_NEGATIVE = [
    # heavily capitalised marketing email
    (
        "\U0001f525 THE BIG SUMMER BLOWOUT IS HERE \U0001f525\nUP TO 60% OFF EVERYTHING \u2014 INCLUDING THE "
        "ALL-NEW CARSON TRAIL BOOTS & MASON JARS!\nUSE CODE {CODE} AT CHECKOUT. ENDS {WEEKDAY} AT MIDNIGHT.\n"
        "FREE SHIPPING OVER {AMOUNT}. DON'T MISS OUT, FRIEND!"
    ),
    # application error log with a stack trace
    (
        "{ISODATE} {TIME} ERROR [worker-7] PaymentSync failed for batch {REF} (lib=netcore/6.0.36.1)\n"
        "java.lang.IllegalStateException: Ledger mismatch (expected 3, got 2)\n"
        "    at com.lumenpay.sync.LedgerWorker.reconcile(LedgerWorker.java:214)\n"
        "    at java.base/java.lang.Thread.run(Thread.java:833)\nRetrying in 30s (attempt 2/5), build {BUILD}"
    ),
    # package tracking updates
    (
        "Tracking {TRACKING}\n{DATE} {TIME}  Out for delivery \u2014 LOUISVILLE, KY HUB\n"
        "{DATE}  Departed facility \u2014 MEMPHIS, TN\n{DATE}  Label created, shipper: {COMPANY}\n"
        "Order {ORDER} \u00b7 2 of 3 packages \u00b7 Signature not required"
    ),
    # business invoice
    (
        "INVOICE {INVOICE}\nBill from: {COMPANY}\nDate: {DATE}   Terms: Net 30\n"
        "Qty  Item                          Price\n2    Walnut shelf bracket {SKU}   {AMOUNT}\n"
        "1    Install labor (2 hrs)         {AMOUNT}\nTOTAL DUE  {AMOUNT}\nPaid by card ending {LAST4}"
    ),
    # game patch notes with invented hero names that look like human names
    (
        "Patch {VERSION} Notes\nHEROES\n\u2022 Warden Halric: Shield Bash cooldown 12s \u2192 10s\n"
        "\u2022 Sister Maelis: Healing Hymn now cleanses Burn\n\u2022 Captain Orrin Vale: fixed a bug where his "
        "ultimate could hit through walls\nMAPS\n\u2022 Ashgrove Keep: moved the east spawn\n"
        "Known issue: crash on alt-tab (build {BUILD})"
    ),
    # horoscope column
    (
        "\u264c LEO (Jul 23 \u2013 Aug 22)\nA conversation on {WEEKDAY} opens a door you thought was closed. "
        "Trust your instincts with money this week; avoid big purchases until the new moon. "
        "Lucky numbers: 7, 19, 32. Lucky colour: amber. Compatible signs: Aries, Sagittarius."
    ),
    # lyrics-like verse with state names that are also first names
    (
        "oh Carolina, your highways hum\nneon on the water, here the summer comes\n"
        "I wrote your name in the dust on the dash\nand drove till the morning, drove till the crash\n"
        "(chorus) hey hey, Georgia rain\u2026 wash it away again"
    ),
    # holiday greeting from a small business
    (
        "Happy Holidays from all of us at Marigold & Finch Bakery! \U0001f384\nThank you for a wonderful year. "
        "We'll be closed {DATE} and reopen {WEEKDAY} with our famous cranberry loaves. Wishing you peace, joy "
        "and plenty of butter.\n\u2014 The Marigold & Finch family"
    ),
    # municipal public-works notice
    (
        "CITY OF ELM HARBOR \u2014 PUBLIC NOTICE\nWater main replacement in the 1200 block of Whitaker Ave, "
        "between 3rd St and 5th St, begins {DATE}. Expect water interruptions 9am\u20133pm. Parking on the north "
        "side of Whitaker Ave is prohibited. Permit no. {REF}. Questions: Public Works Dept, City Hall, Room 204."
    ),
    # basketball box score with team nicknames
    (
        "BOX SCORE \u2014 {DATE}\n              1  2  3  4   F\nKINGSLEY BISHOPS  21 17 24 19  81\n"
        "HARLAN COLTS      18 22 20 25  85\nTop scorer: #23 (COLTS) 31 pts \u00b7 Att: 8,412\n"
        "Next: Bishops at Deacons, {WEEKDAY} {TIME}"
    ),
    # virtue words (Grace/Hope/Faith/Joy) used as ordinary words
    (
        "Grace period ends {DATE}. Hope that helps!\nFaith & Joy Community Thrift: donations welcome Tue\u2013Sat. "
        "Patience, please \u2014 Saturdays get busy \U0001f605\nJoy to the world from all our volunteers. "
        "Have Faith, keep your receipt, and Hope to see you soon!"
    ),
    # help-center article
    (
        "How do I change my display name?\n1. Tap your profile picture, then Settings.\n2. Select Account \u203a Name.\n"
        "3. Enter your new name and tap Save.\nNote: You can change your name once every 60 days. Names can't "
        "include symbols or titles like Dr. or Mr.\nStill stuck? Contact us with reference {REF}.\n"
        "Was this helpful? Yes / No"
    ),
]


# fresh40/41: written by a helper that saw no rule, test or earlier set, after the changes made from fresh 34–39's
# negatives (commit 245e03a); committed before their first run
FRESH40_POSITIVE = [
    # WhatsApp-style group-chat export with timestamps and display names
    (
        "[{DATE}, {TIME}] {NAME}: u still coming tonight?\n"
        "[{DATE}, {TIME}] {FIRST#2}: yeah w/ {NAME#3}, we'll meet by {STREET}\n"
        "[{DATE}, {TIME}] {NAME}: ok text me at {PHONE} if ur late\n"
        "[{DATE}, {TIME}] {FIRST#2}: <Media omitted>"
    ),
    # Dating-app profile card followed by the first match chat
    (
        "PROFILE\n{FIRST}, 27 · 3 miles away\n"
        "Bio: dog mom 🐶 | night-shift nurse | ask me about my road trip\n"
        "IG: {HANDLE}\nLives in: {CITYSTATE}\n---\n"
        "{FIRST}: hey! let's get off this app, my number is {PHONE}\n"
        "You: cool, free {WEEKDAY} after {TIME}?"
    ),
    # Rideshare trip receipt naming the driver
    (
        "Thanks for riding! Trip {REF}\n"
        "Your driver: {FIRST} {LAST} ★4.93\n"
        "Pickup {TIME}: {ADDRESS_LINE}\n"
        "Dropoff: {STREET}, {CITYSTATE}\n"
        "Total {AMOUNT} charged to card ending {LAST4}"
    ),
    # Food-delivery order with customer drop-off notes
    (
        "Order {ORDER} delivered {DATE} {TIME} by your courier {FIRST}\n"
        "Deliver to:\n{ADDRESS}\n"
        "Customer note: call {PHONE} when here, gate code {CODE}, ask for {NAME#2}\n"
        "Subtotal {AMOUNT}"
    ),
    # Teen homework group chat
    (
        "Period 3 Chem 🧪 (group)\n"
        "{FIRST}: who has the lab sheet\n"
        "{FIRST#2}: {NAME#3} took it home, email her {EMAIL}\n"
        "{FIRST}: ugh ok. also coach moved practice to {TIME}\n"
        "{FIRST#2}: {LAST#3}'s mom is driving us"
    ),
    # Coach message to the parents' list
    (
        "Hi parents, Coach {LAST} here. {FIRST#2}'s physical form is still missing - "
        "please email it to {EMAIL} or drop it at the front office before {WEEKDAY}. "
        "Carpool this week is the {NAME_HYPH} family. Questions? Text me at {PHONE}."
    ),
    # Marketplace listing plus buyer/seller chat
    (
        "LISTING: PS5 + 2 controllers — {AMOUNT} OBO\n"
        "Seller: {NAME}\nPickup near {STREET}, cash or Venmo {HANDLE}\n\n"
        "Buyer: still available?\n"
        "Seller: yes. can meet {WEEKDAY} at {TIME}. my cell {PHONE}, ask for {FIRST#1}"
    ),
    # Voicemail transcript from carrier visual voicemail
    (
        "Voicemail from {PHONE} · {DATE} {TIME} · 0:42\n"
        "\"Hey, it's {FIRST}, um, {NAME#2}'s sister. She hasn't been home since {WEEKDAY} "
        "and her car is still at {ADDRESS_LINE}. If you hear anything call me back at "
        '{PHONE#2}. Okay. Bye."'
    ),
    # Email thread with quoted reply and signature block
    (
        "Re: Re: Invoice {INVOICE}\n\nSounds good, sending the remainder today.\n\n"
        "-- \n{NAME}\nAccounts Payable | {COMPANY}\nDirect: {PHONE}\n\n"
        "On {DATE} at {TIME}, {NAME#2} <{EMAIL#2}> wrote:\n"
        "> Hi {FIRST#1}, can you confirm the {AMOUNT} payment?\n"
        "> Thanks,\n> {FIRST#2}"
    ),
    # Support ticket with customer complaint and agent names
    (
        "Ticket {TICKET} | Status: Escalated\n"
        "Customer: my ex {NAME} keeps logging into my account from {IP}, i changed my pw twice!!\n"
        "Agent {FIRST#2} (Tier 2): Verified recovery email {EMAIL} was added {DATE}. Removed it.\n"
        "Handoff to {NAME#3}, internal ref {REF}"
    ),
    # Contacts export in CSV form
    (
        "First Name,Last Name,Mobile,E-mail,Notes\n"
        "{FIRST},{LAST},{PHONE},{EMAIL},gym\n"
        "{FIRST#2},{LAST#2},{PHONE#2},,from work\n"
        "{FIRST#3},{LAST#3},{PHONE#3},{EMAIL#3},DO NOT ANSWER"
    ),
    # vCard contact entry
    (
        "BEGIN:VCARD\nVERSION:3.0\nFN:{NAME}\nN:{LAST};{FIRST#1};;;\n"
        "TEL;TYPE=CELL:{PHONE}\nEMAIL;TYPE=HOME:{EMAIL}\n"
        "ADR;TYPE=HOME:;;{STREET};{CITYSTATE}\nBDAY:{DOB}\nEND:VCARD"
    ),
    # Gaming-platform friend list and party chat
    (
        "Friends (2 online)\n"
        "● {HANDLE} — In Game: Ranked\n"
        "● xX_{LAST}_Xx — Idle\n"
        "○ {HANDLE#2} — last online {DATE}\n\n"
        "[Party {TIME}] {HANDLE}: bro my real name is {FIRST} lol add me on snap\n"
        "[Party {TIME}] {HANDLE}: im at {ADDRESS_LINE} pull up"
    ),
    # Calendar invite for a custody exchange
    (
        "Invitation: Custody exchange @ {WEEKDAY} {DATE} {TIME}\n"
        "Where: {ADDRESS_LINE}\nOrganizer: {EMAIL}\n"
        "Guests: {NAME}, {NAME#2} ({EMAIL#2}), {NAME_APOS}\n"
        "Join by phone: {PHONE} PIN {CODE}\n"
        "Notes: bring {FIRST#1}'s inhaler + school bag"
    ),
    # Bank / payment-app transaction list
    (
        "{DATE}  ZELLE TO {NAME}               -{AMOUNT}  Conf {CONF}\n"
        '{DATE}  VENMO FROM {HANDLE} "rent 🏠"   +{AMOUNT}\n'
        "{DATE}  CASH APP*{FIRST#2} {LAST#2}      -{AMOUNT}  Ref {TXN}\n"
        "{DATE}  POS {COMPANY}                  -{AMOUNT}"
    ),
    # Social-media comment thread with @mentions
    (
        "{HANDLE}: this is so messed up {HANDLE#2} look\n"
        "  ↳ {HANDLE#2}: omg is that {FIRST}?? her mom is {NAME_HYPH}\n"
        "  ↳ {HANDLE#3}: someone find him, he lives on {STREET} lmao\n"
        "  ↳ [comment removed by moderator]"
    ),
    # Note-to-self with lists of people
    (
        "notes to self\n"
        "- pay back {FIRST} {AMOUNT}\n"
        "- call {NAME}'s lawyer re: {CASE}\n"
        "- ppl who know about the money: {FIRST#2}, {FIRST#3}, {NAME_APOS}\n"
        "- new burner # {PHONE}\n"
        "- cold wallet {WALLET}"
    ),
    # Screenshot OCR transcript of a threatening text
    (
        "[OCR image_0412.png]\n9:41 ◀ Messages  {NAME}  Details\n"
        "Today {TIME}\n"
        "| I know where you live. {ADDRESS_LINE}\n"
        "| Tell {FIRST#2} to stop talking\nDelivered\n"
        "Read {TIME}  {PHONE}"
    ),
    # ALL-CAPS school emergency contact form
    (
        "EMERGENCY CONTACT FORM\nSTUDENT NAME: {NAME}\nDATE OF BIRTH: {DOB}\n"
        "PARENT/GUARDIAN: {NAME#2}\nHOME ADDRESS:\n{ADDRESS}\n"
        "PRIMARY PHONE: {PHONE}\nGUARDIAN SSN: {SSN}"
    ),
    # Shipping notification for a package sent to someone else
    (
        "Your package {TRACKING} was delivered {DATE} at {TIME}.\n"
        "Ship to:\n{NAME}\n{ADDRESS}\n"
        "Signed by: {LAST#2}\nOrder {ORDER} · item {SKU}"
    ),
    # Login-history export with a device named after a person
    (
        "Login history (acct {REF})\n"
        "{ISODATE} {TIME}  {IP}  Chrome/Windows  OK\n"
        '{ISODATE} {TIME}  {IP6}  iOS app  OK  device: "{FIRST}\'s iPhone"\n'
        "{ISODATE} {TIME}  {IP#2}  FAILED x3\n"
        "Recovery phone changed to {PHONE} by {EMAIL}"
    ),
    # Trip roster mixing nicknames, handles and full names
    (
        "roster for the trip 🚐\n"
        '1. {NAME} ("Tank") — driving\n'
        "2. {FIRST#2} aka {HANDLE#2}\n"
        "3. {NAME_APOS} + kid\n"
        "4. {NAME_HYPH}, venmo her {AMOUNT}\n"
        "meet at {STREET} {TIME} sharp"
    ),
    # Lower-case run-on chat with names after "w/" and possessives
    (
        "ok so last night i was w/ {FIRST} and {FIRST#2} at the party and {LAST}'s older "
        "brother showed up w/ a gun. {FIRST} got it on video. her # is {PHONE}"
    ),
    # Dating match that turns into a crypto scam pitch
    (
        "Matched with {FIRST} ❤️ on {DATE}\n"
        "{FIRST}: ok real talk, my page is {URL}\n"
        "{FIRST}: cashapp {HANDLE} if u want the pics\n"
        "You: is this a scam\n"
        "{FIRST}: send {AMOUNT} in btc to {WALLET} then"
    ),
    # Marketplace payment dispute with off-platform payout
    (
        "Dispute {CASE} — buyer says item never arrived.\n"
        "Buyer: {NAME}, ship-to {ADDRESS_LINE}\n"
        "Seller {NAME#2} paid out to card {CARD}\n"
        "Chat shows seller asked buyer to pay at {URL}"
    ),
]

FRESH40_NEGATIVE = [
    # Group-chat export containing only system messages and the user's own lines
    (
        "[{DATE}, {TIME}] Messages and calls are end-to-end encrypted.\n"
        '[{DATE}, {TIME}] You created group "Grace & Hope Youth Choir"\n'
        "[{DATE}, {TIME}] You: practice moved to the Washington Park pavilion, bring water\n"
        "[{DATE}, {TIME}] You: 🎶 Amazing Grace + Will the Circle Be Unbroken for {WEEKDAY}"
    ),
    # Rideshare receipt with landmarks but no driver name
    (
        "Trip receipt {REF}\nRide type: Comfort Electric\n"
        "Pickup {TIME}: Lincoln Center, Columbus Ave\n"
        "Dropoff: JFK Terminal 4\n"
        "Fare {AMOUNT} · Tip {AMOUNT} · paid with card ending {LAST4}"
    ),
    # Marketplace listing full of surname brands
    (
        "FOR SALE: Ethan Allen oak dresser {AMOUNT}, Ashley sectional (pet-free home), "
        "Tommy Hilfiger winter coat size M. Pickup only, Jefferson County, "
        "weekends after {TIME}. Listing {REF}."
    ),
    # App release notes using words that double as names
    (
        "Version {VERSION} (build {BUILD})\n"
        "- Fixed crash when opening the Summer Sale banner\n"
        '- "Mark as read" now works in the Grace Period screen\n'
        "- New Autumn and Rose Gold themes\n"
        "- Will no longer log out on {WEEKDAY} DST change"
    ),
    # Server log lines with class names and loopback addresses
    (
        "[{ISODATE} {TIME}] INFO  UserService: cache warmed (keys=4096) on 0.0.0.0:8080\n"
        "[{ISODATE} {TIME}] WARN  MarkovChain.predict(): fallback to default model\n"
        "[{ISODATE} {TIME}] ERROR HopeScheduler job {REF} failed: timeout 30000ms (127.0.0.1)\n"
        "[{ISODATE} {TIME}] INFO  deploy {VERSION} build {BUILD} complete"
    ),
    # Invoice between companies with surname brand line items
    (
        "INVOICE {INVOICE}\nBill to: {COMPANY}\nDate: {DATE}  Terms: Net 30\n"
        "{SKU}  Johnson & Johnson Band-Aid, 100ct  x12\n"
        "{SKU}  Dr. Scholl's gel inserts  x6\n"
        "Total due: {AMOUNT} by {DATE}. PO {ORDER}"
    ),
    # Calendar invite for a public holiday closure
    (
        "Invitation: Martin Luther King Jr. Day — office closed\n"
        "When: {WEEKDAY} {DATE} (all day)\nOrganizer: Facilities calendar\n"
        "Notes: next holiday is Presidents' Day. Parking in the Garfield Garage is free."
    ),
    # Bank statement with merchant names that are surnames
    (
        "{DATE}  POS WENDY'S #4471           -{AMOUNT}\n"
        "{DATE}  TRADER JOE'S #552           -{AMOUNT}\n"
        "{DATE}  ACH {COMPANY} PAYROLL       +{AMOUNT}\n"
        "{DATE}  BEN & JERRY'S SCOOP SHOP    -{AMOUNT}\n"
        "{DATE}  ZELLE PAYMENT REVERSED  Ref {TXN}"
    ),
    # Weather and traffic alert
    (
        "Winter Storm Warning for Washington County until {TIME} {WEEKDAY}. "
        "I-95 closed between exits 12 and 14 at the Kennedy Memorial Bridge. "
        "Warming centers open at Jackson Heights Library and Lincoln Rec Center."
    ),
    # High-school sports result and next fixture
    (
        "FINAL: Roosevelt Academy 42, Hope Valley Hawks 38 (OT)\n"
        "Next game {WEEKDAY} {DATE} at {TIME} vs. Jefferson Middle at Franklin Field.\n"
        "Tickets {AMOUNT} at the gate, order {ORDER} for season passes."
    ),
    # Recipe with dishes named after people
    (
        "Shepherd's Pie (serves 6)\n- 2 lb ground lamb\n- 1 tbsp Worcestershire\n"
        "- 1 cup Colby Jack\nBake 375°F, 25 min. Serve with Caesar salad and a Shirley "
        "Temple for the kids. Beef Wellington next {WEEKDAY}!"
    ),
    # Reading list and movie night with titles and fictional characters
    (
        'Book club {DATE}: "Anne of Green Gables", then "Charlotte\'s Web".\n'
        "Movie night {WEEKDAY} {TIME}: Finding Nemo + Harry Potter and the Goblet of Fire.\n"
        "Karaoke pick: Jolene. Snacks {AMOUNT} from {COMPANY}, order {ORDER}."
    ),
]

FRESH41_POSITIVE = [
    # Stalking threat naming a target and a second person
    (
        "you think blocking me works? i know {FIRST} gets off work at {TIME} and parks on "
        "{STREET}. tell {NAME#2} she's next. not playing"
    ),
    # Crisis message about a friend who overdosed
    (
        "pls help my friend {NAME} just texted me she took a bunch of pills, she's alone at "
        "{ADDRESS_LINE}, door is unlocked. her mom's number is {PHONE}. i'm in another state"
    ),
    # Missing-child flyer text
    (
        "MISSING: {NAME}, age 11. Last seen {WEEKDAY} {DATE} around {TIME} near {STREET}, "
        "{CITYSTATE}, red hoodie. May be with {NAME#2} (non-custodial father), gray SUV. "
        "Call {PHONE} or 911. Case {CASE}"
    ),
    # Kidnapping ransom note
    (
        "we have {FIRST}. dont call cops. {AMOUNT} in bitcoin to {WALLET} by {TIME} "
        "{WEEKDAY} or you wont see her again. proof of life comes from {EMAIL}. "
        "tell {NAME#2} to keep her mouth shut"
    ),
    # Formal witness statement
    (
        "WITNESS STATEMENT\nName of witness: {NAME}\nDOB: {DOB}\nAddress:\n{ADDRESS}\n"
        "Phone: {PHONE}\n\nOn {DATE} at approx {TIME} I saw a man I know as {FIRST#2} "
        "(last name maybe {LAST#2}) push {NAME_APOS} into a car."
    ),
    # Police-portal free-text request field
    (
        "Requesting agency notes (free text): Subject believed to be contacting victim {NAME} "
        "(DOB {DOB}) via this account. Victim email {EMAIL}, possible alt {EMAIL#2}. "
        "Last known IP {IP}. Please preserve. Ref {REF}, case {CASE}."
    ),
    # Landlord/tenant deposit dispute email
    (
        "From: {EMAIL}\nSubject: Unit 3B – deposit\n\n"
        "{FIRST}, I've told you three times. The {AMOUNT} deposit is held for damages. "
        "Your roommate {NAME#2} already signed the move-out sheet. Dispute it with my "
        "attorney {NAME#3}, {ADDRESS_LINE}.\n\n– {NAME}, Property Manager"
    ),
    # Family group chat about a missing relative
    (
        "Family 👨‍👩‍👧‍👦\nMom: has anyone heard from {FIRST}??\n"
        "Uncle {FIRST#2}: no, last saw her at grandma's {WEEKDAY}\n"
        "Mom: straight to vm {PHONE}\n"
        "{FIRST#3}: she posted from {CITYSTATE} an hour ago, new bf is {HANDLE}"
    ),
    # Church volunteer roster
    (
        "Grace Fellowship Food Pantry – Saturday Volunteers\n"
        "8–10   {NAME} / {NAME#2}\n"
        "10–12  {NAME_HYPH} (needs ride, {PHONE})\n"
        "12–2   {NAME_APOS}, {FIRST#3} {LAST#3}\n"
        "Background check pending: {NAME#4}\nCoordinator: {EMAIL}"
    ),
    # Forwarded medical appointment reminder
    (
        "fyi this is my sister's, she said u can drive her\n"
        "---------- Forwarded message ---------\nFrom: Patient Portal\n"
        "Subject: Appointment Reminder\n\nPATIENT: {NAME}\nDOB: {DOB}\n"
        "Appt: {WEEKDAY}, {DATE} at {TIME} with Dr. {LAST#2}\nLocation:\n{ADDRESS}\n"
        "Confirmation #{CONF}. Reply C to confirm or call {PHONE}."
    ),
    # Crowdfunding post for an injured person
    (
        "Organized by {NAME#2}\nHelp {NAME} come home 💔\n"
        "On {DATE} our beautiful {FIRST#1} was hit by a car on {STREET}. She's in the ICU. "
        "Cards can be sent to:\n{ADDRESS}\nVenmo {HANDLE} also works. {AMOUNT} raised so far!"
    ),
    # Lost-and-found post describing someone's ID
    (
        "FOUND: brown wallet at the bus stop on {STREET}. ID says {NAME}, {CITYSTATE}. "
        "Card ending {LAST4} and a photo of a little boy inside. Text {PHONE} to claim, "
        "must describe it."
    ),
    # Youth sports team roster with parent contacts
    (
        "U12 Thunder – Spring Roster\n"
        "#4   {NAME} (parent: {NAME#2}, {PHONE})\n"
        "#7   {NAME_HYPH} (allergy: peanuts)\n"
        "#11  {NAME_APOS} (parent email {EMAIL})\n"
        "#22  {FIRST#3} {LAST#3}\n"
        "Team mom {FIRST#4} – snack sign-up {URL}"
    ),
    # Typo-heavy teen report without capitals
    (
        "ya i seen him its {FIRST} {LAST} from 5th period he lives rite by the walmart on "
        "{STREET} hes been sending her stuff. his numbr {PHONE} n his insta {HANDLE}"
    ),
    # Spanish-English mixed plea for help
    (
        "oye, mi prima {NAME} está en peligro, su ex la amenazó anoche. Ella vive en "
        "{ADDRESS_LINE}. Llama a su cel {PHONE}, no contesta. please send someone, "
        "tiene dos niños 🙏 su ex se llama {NAME#2}"
    ),
    # Emoji-heavy scam call-out post
    (
        "🚨🚨 {NAME} 🚨🚨 is a SCAMMER ‼️ took {AMOUNT} 💸 for concert tix 🎟️ never sent 😡 "
        "his cashapp {HANDLE} 📲 {PHONE} 📍{CITYSTATE} SHARE SHARE 🔁"
    ),
    # Doxxing extortion message with SSN and card
    (
        "I have everything on {NAME_HYPH}. SSN {SSN}. card {CARD}. mom lives at:\n{ADDRESS}\n"
        "Pay {AMOUNT} to {WALLET} or it all goes up on {URL} tonight."
    ),
    # Protective-order violation report
    (
        "he violated the order again. {NAME} (respondent) came to my job at {TIME} and "
        "waited by my car. my coworker {FIRST#2} saw it. order {CASE}. he's texting from a "
        "new number {PHONE} and emailing from {EMAIL}"
    ),
    # Lower-case family chat with possessives
    (
        "grandma: {FIRST}'s flight lands {TIME} can someone get her\n"
        "{FIRST#2}: i can whats her flight #\n"
        "grandma: idk ask {NAME#3}\n"
        "{FIRST#2}: k. also {LAST#3}'s house alarm is going off again lol"
    ),
    # Dispatch-style narrative in a police portal
    (
        "Narrative: Caller states neighbor {NAME} at {STREET} has been screaming for help. "
        "Caller {NAME#2}, callback {PHONE#2}. Neighbor's daughter {FIRST#3} (approx 6) "
        "seen in window. Units dispatched {TIME}. Incident {CASE}."
    ),
    # Text from an abduction victim with a location link
    (
        "help me im in a trunk i think. it was {FIRST} and a guy named {LAST#2}. we passed "
        "the exit for {CITYSTATE}. my location {URL} tell my dad {NAME#3} {PHONE}"
    ),
    # Sextortion report from a minor
    (
        "Report from user: {HANDLE} says he'll send my pics to my school unless I pay. "
        "He knows my teacher {NAME} and my friend {NAME_APOS}. He logged in from {IP6} "
        "i think. his paypal is {EMAIL}."
    ),
    # Prayer-chain message with medical details
    (
        "Prayer chain 🙏 Please keep {NAME} in your prayers, surgery {WEEKDAY} at {TIME}. "
        "Meals for {FIRST#1}'s family can be dropped at {ADDRESS_LINE}. "
        "Contact {NAME#2} at {PHONE#2} to sign up."
    ),
    # Eviction notice in a tenant's uploaded files
    (
        "NOTICE TO QUIT\nTO: {NAME} and all occupants\nPREMISES:\n{ADDRESS}\n"
        "Rent of {AMOUNT} due {DATE} remains unpaid. Contact {NAME#2}, agent for "
        "{COMPANY}, at {PHONE#2}. Ref {INVOICE}."
    ),
    # Bilingual missing-person poster
    (
        "SE BUSCA / MISSING\n{NAME}, fecha de nacimiento / DOB {DOB}\n"
        "Última vez visto / last seen: {DATE}, {STREET}\n"
        "Si tienen información llamen a su hermana {FIRST#2} al {PHONE}"
    ),
]

FRESH41_NEGATIVE = [
    # Public crisis-line resources with short codes and hotline numbers
    (
        "If you or someone you know is in crisis, call or text 988 (Suicide & Crisis "
        "Lifeline) or text HOME to 741741. Resources updated {DATE}, ref {REF}."
    ),
    # AMBER Alert system test message
    (
        "AMBER Alert TEST — this is only a test of the state notification system. "
        "Issued {WEEKDAY} {DATE} at {TIME}. No action required. Msg ID {REF}."
    ),
    # Police-portal preservation request with no individuals named
    (
        "Request {CASE}: preserve records for account ID {DIGITS10} from {DATE} through "
        "{ISODATE}: subscriber info, login IP history, messages. Exigent request under "
        "18 U.S.C. § 2702(b)(8). Ticket {TICKET}."
    ),
    # Building-wide landlord notice
    (
        "Notice to all residents of Madison Court: water shut off {WEEKDAY} {DATE} from "
        "{TIME} for the Jefferson Ave side. Rent portal by {COMPANY}; late fee {AMOUNT} "
        "after the 5th. Work order {ORDER}."
    ),
    # Church event schedule with saints and place names
    (
        "Grace Community Church — Easter schedule\nSunrise service {TIME} at the Hope Garden\n"
        "Potluck in Fellowship Hall\nSt. Patrick's Day parade volunteers meet at Kennedy Plaza "
        "{DATE}. Donations {AMOUNT}, receipt {REF}."
    ),
    # Pharmacy clinic notice with eponymous diseases
    (
        "Flu shot clinic at {COMPANY} — walk-ins welcome {WEEKDAY} until {TIME}. "
        "Parkinson's support group meets 2nd Tuesday; Alzheimer's Walk {DATE}. "
        "Bring insurance card. Conf {CONF}."
    ),
    # Fundraiser for an animal shelter with brand sponsors
    (
        "Raise the Roof for Lincoln Park Animal Shelter 🐾\n{AMOUNT} raised of goal!\n"
        "Huge thanks to Chick-fil-A and Papa John's for matching gifts through {DATE}. "
        "Donation receipt {TXN}."
    ),
    # Lost-and-found desk log without owners
    (
        "LOST & FOUND {DATE}\n- black Labrador, no collar, Washington Square Park\n"
        "- JanSport backpack, Route 9 bus\n- Kindle Paperwhite, Hudson Yards\n"
        "Claim at front desk with ticket {TICKET}."
    ),
    # Youth soccer schedule with surname-like team and field names
    (
        "Marshall County Youth Soccer — Spring\n{DATE} vs. Warren United @ Clay Field {TIME}\n"
        "{DATE} @ Lincoln FC, Grant Park field 3\nUniform fee {AMOUNT}, invoice {INVOICE}"
    ),
    # Lower-case chat with words that are also given names
    (
        "lol will do. hope ur ok. grace period ends {DATE} so mark it down. summer's almost "
        "here 🌞 rose bowl on at {TIME}, order {ORDER} should come by then"
    ),
    # Spanish-English order update with a street named after a public figure
    (
        "Recordatorio: la tienda en Avenida César Chávez estará cerrada el {DATE} por el Día "
        "de Reyes. Your order {ORDER} ships {WEEKDAY}. Tracking {TRACKING}. Gracias, {COMPANY}."
    ),
    # Emoji-heavy party flyer with fictional characters
    (
        "🎉🎃 Halloween Bash @ Jackson Square 🦇 {DATE} {TIME} 🍬 costume contest: best Harry "
        "Potter, Wednesday Addams, Spider-Man 🕷️ tickets {AMOUNT} 🎟️ promo {CODE}"
    ),
]


# fresh42/43: written by a sixth helper that saw no rule, test or earlier set, asked for machine-made text around
# people and hard registers; committed before their first run
# -*- coding: utf-8 -*-
"""Held-out template set FRESH42 / FRESH43 for the disclosure-gateway PII benchmark.

FRESH42: machine-made text around people (notifications, logs, exports, app UIs).
FRESH43: human-written text in hard registers (teen chat, poetry, rants, letters).
"""

FRESH42_POSITIVE = [
    # Push-notification history: reactions, mentions, payment, typing indicator
    (
        "Notification history — exported {ISODATE}\n"
        '{TIME}  Messenger · {NAME} reacted ❤️ to your message: "see u there"\n'
        '{TIME#2}  Messenger · {NAME#2} and 3 others mentioned you in "sat plans"\n'
        "{TIME#3}  Instagram · {HANDLE} liked your story\n"
        '{TIME#4}  Cash App · {NAME#3} sent you {AMOUNT} for "gas"\n'
        "{TIME#5}  Snapchat · {FIRST#4} is typing..."
    ),
    # Shared-location activity history with arrive/leave events at a home address
    (
        "Location Sharing — activity\n"
        "{DATE} {TIME}  {NAME} started sharing location with you (until you stop)\n"
        "{DATE} {TIME#2}  You stopped sharing location with {FIRST#2}\n"
        "{DATE#2} {TIME#3}  {NAME_HYPH} asked to see your location · declined\n"
        "{DATE#2} {TIME#4}  {FIRST#1} arrived at Home ({STREET}, {CITYSTATE})\n"
        "{DATE#3} {TIME#5}  {FIRST#1} left Work"
    ),
    # Lower-case payment-app social feed with emoji memos
    (
        "you paid {NAME} · {AMOUNT} · 🍕🍕🍕\n"
        "{NAME#2} paid you · {AMOUNT#2} · june rent (my half)\n"
        "{NAME#3} charged {NAME#4} · {AMOUNT#3} · uber home from the thing\n"
        "you paid {FIRST#5} · {AMOUNT#4} · 🎟️🎟️\n"
        "transaction id {TXN} · {DATE}"
    ),
    # E-commerce order history with gift recipients, gift note and ship-to addresses
    (
        "Your Orders\n"
        "ORDER PLACED {DATE}   TOTAL {AMOUNT}   ORDER # {ORDER}\n"
        "  This is a gift · Ship to {NAME}\n"
        "  {ADDRESS}\n"
        '  Gift note: "happy 16th {FIRST#1}!! don\'t tell your dad 🤫"\n'
        "  Delivered {WEEKDAY} · Tracking {TRACKING}\n"
        "ORDER PLACED {DATE#2}   TOTAL {AMOUNT#2}   ORDER # {ORDER#2}\n"
        "  Ship to {NAME_APOS}, {ADDRESS_LINE}\n"
        "  Return started · Refund to card ending {LAST4}"
    ),
    # Daycare parent-app authorised-pickup list with a removed person
    (
        "Sunny Steps Childcare · Parent App\n"
        "Authorized pickups for your child (Room: Butterflies)\n"
        "✅ {NAME} · Grandparent · {PHONE} · ID verified {DATE}\n"
        "✅ {NAME_HYPH} · Aunt · {PHONE#2}\n"
        '⛔ {NAME#2} · removed by parent {DATE#2} — note to staff: "do NOT release to him, call me"\n'
        "Emergency contact 2: {FIRST#3} {LAST#3} · {EMAIL}\n"
        "Change logged by staff · ticket {TICKET}"
    ),
    # Cycling-app segment leaderboard (tab-separated) plus club-join feed
    (
        "Segment: Quarry Hill Climb (1.8 mi, 6%)\n"
        "Leaderboard · This Year\n"
        "1\t{NAME}\t11:48\t{DATE}\n"
        "2\t{NAME#2}\t12:03\t{DATE#2}\n"
        "3\tYou\t12:19\t{DATE#3}\n"
        "4\t{NAME_APOS}\t12:40\t{DATE#4}\n"
        "Club activity: {FIRST#3} {LAST#3} and {FIRST#4} joined {COMPANY} Cycling Club"
    ),
    # Photo metadata panel with people tags, album title and caption
    (
        "IMG_4471.HEIC\n"
        "Taken: {ISODATE} {TIME}\n"
        "Camera: iPhone 14 Pro · f/1.8 · 1/120s\n"
        "Location: {ADDRESS_LINE}\n"
        "People: {NAME}, {NAME#2}, Unnamed person (2)\n"
        'Album: "{FIRST#3}\'s surprise 30th 🎉"\n'
        "Caption: me + {FIRST#1} sneaking out the back of {LAST#4}'s house lol"
    ),
    # Contact-sync diff (+ added, - removed, ~ renamed/changed)
    (
        "[contacts-sync] diff against cloud snapshot {ISODATE}\n"
        "+ {NAME} (mobile) {PHONE}\n"
        "+ {NAME_APOS} (work) {EMAIL}\n"
        "- {NAME#2} (home) {PHONE#2}\n"
        '~ "{FIRST#3}" renamed to "{NAME#3}"\n'
        "~ {NAME#4}: email {EMAIL#2} -> {EMAIL#3}\n"
        "= 412 unchanged"
    ),
    # Phone call log (Recents) with contact labels like "X work" and "Y (plumber?)"
    (
        "Recents\n"
        "↗ {NAME}\tmobile\t{DATE} {TIME}\t0:42\n"
        "↙ {PHONE}\t\t{DATE} {TIME#2}\t12:07\n"
        "✖ {FIRST#2} work\t{PHONE#2}\t{DATE#2} {TIME#3}\tmissed\n"
        "↗ {LAST#3} (plumber?)\t{PHONE#3}\t{DATE#2} {TIME#4}\t3:15\n"
        "✖ {NAME_HYPH}\tFaceTime Audio\t{DATE#3} {TIME#5}\tmissed (4)"
    ),
    # Dating-app "Likes You" list: first name + age cards, expiring match
    (
        "Likes You · 6\n"
        '{FIRST}, 27 · 3 miles away · "ask me about my dog"\n'
        "{FIRST#2}, 31 · lives in {CITYSTATE}\n"
        "{FIRST#3}, 24 · ✔ photo verified · ig {HANDLE}\n"
        'Expiring matches: {NAME#4} (last message {DATE}: "text me {PHONE} this app is buggy")'
    ),
    # Collaborative playlist credits ("added by")
    (
        "Playlist · late night drives 🌙 · 48 songs, 2 hr 51 min\n"
        "Made by {HANDLE}\n"
        "Collaborators: {FIRST}, {NAME#2}, {HANDLE#2}\n"
        "Recently added\n"
        "  track 46 — added by {FIRST#3} · {DATE}\n"
        "  track 47 — added by {NAME_APOS} · {DATE#2}\n"
        "  track 48 — added by you · {DATE#3}"
    ),
    # Spreadsheet pasted as tab-separated text (who owes what)
    (
        "who owes what — trip\n"
        "Name\tPhone\tEmail\tOwes\tPaid on\n"
        "{NAME}\t{PHONE}\t{EMAIL}\t{AMOUNT}\t{DATE}\n"
        "{NAME#2}\t{PHONE#2}\t{EMAIL#2}\t{AMOUNT#2}\t—\n"
        "{NAME_HYPH}\t{PHONE#3}\t{EMAIL#3}\t{AMOUNT#3}\t{DATE#2}\n"
        "TOTAL\t\t\t{AMOUNT#4}\t"
    ),
    # Auto-generated video-call transcript with timestamped speaker labels
    (
        "Transcript · recorded {DATE} {TIME}\n"
        "[00:00:04] {NAME}: can everyone hear me\n"
        "[00:00:07] {FIRST#2}: yeah go ahead\n"
        "[00:00:15] {NAME}: ok so {NAME#3} still hasn't paid and I'm done covering for her\n"
        "[00:00:31] {LAST#4}: just send her address to the collections guy, it's {ADDRESS_LINE}\n"
        "[00:00:40] (inaudible)"
    ),
    # SRT subtitle file from an uploaded video with bracketed speaker names
    (
        "12\n"
        "00:01:12,400 --> 00:01:15,900\n"
        "[{FIRST}] I told you not to bring him here.\n"
        "\n"
        "13\n"
        "00:01:16,020 --> 00:01:19,300\n"
        "[{FIRST#2}] He's my brother, {FIRST}. Relax.\n"
        "\n"
        "14\n"
        "00:01:19,800 --> 00:01:22,100\n"
        "[{NAME#3}, off camera] Both of you, stop filming."
    ),
    # Chat export from a German-locale phone (system lines in German, names in English)
    (
        "{DATE}, {TIME} - {NAME}: bin in 10 min da\n"
        "{DATE}, {TIME#2} - Du hast {NAME#2} hinzugefügt\n"
        "{DATE}, {TIME#3} - {NAME#2}: hi everyone 👋 {FIRST#1} added me\n"
        "{DATE#2}, {TIME#4} - {NAME_APOS} hat die Gruppe verlassen\n"
        "{DATE#2}, {TIME#5} - {NAME}: <Medien ausgeschlossen>"
    ),
    # Names appearing only inside URLs and email addresses (linked profiles)
    (
        "Linked profiles found on account\n"
        "  facebook.com/{FIRST}.{LAST}.{DIGITS10}\n"
        "  paypal.me/{FIRST#2}{LAST#2}\n"
        "  venmo.com/u/{FIRST#3}-{LAST#3}\n"
        "  recovery email: {EMAIL}\n"
        "  calendar invites received from {EMAIL#2}\n"
        "  {URL}"
    ),
    # Account security activity log with IPv4/IPv6 and a trusted contact
    (
        "Security activity\n"
        "{ISODATE} {TIME} UTC  sign-in  {IP}  Chrome/Windows  ✓\n"
        "{ISODATE} {TIME#2} UTC  sign-in  {IP6}  Safari/iOS  ✓ (new device)\n"
        "{ISODATE} {TIME#3} UTC  recovery phone changed to {PHONE}\n"
        "{ISODATE#2} {TIME#4} UTC  trusted contact added: {NAME} <{EMAIL}>\n"
        "{ISODATE#2} {TIME#5} UTC  session revoked  {IP#2}  build {BUILD}"
    ),
    # Shared family calendar: kids, drivers, carpool, pluralised surname
    (
        "Family · week of {DATE}\n"
        "{WEEKDAY}  {TIME}  Orthodontist — {FIRST} (driver: {FIRST#2})\n"
        "{WEEKDAY#2}  {TIME#2}  Swim — {FIRST#3}, carpool w/ {NAME#4} {PHONE}\n"
        "{WEEKDAY#3}  all day  {FIRST}'s field trip, permission slip signed\n"
        "{WEEKDAY#4}  {TIME#3}  Dinner at the {LAST#2}s' — {STREET}"
    ),
    # Ride-share receipt with driver first name and split-fare partner
    (
        "Thanks for riding, here's your receipt\n"
        "{DATE} · {TIME}\n"
        "Driver: {FIRST} · ★4.93\n"
        "Pickup  {ADDRESS_LINE}\n"
        "Dropoff  {STREET}, {CITYSTATE}\n"
        "Fare split with {NAME#2} ({PHONE})\n"
        "Your share {AMOUNT} · Total {AMOUNT#2} · Receipt {REF}"
    ),
    # Crypto exchange withdrawal log with address-book labels naming people
    (
        "Withdrawals\n"
        '{ISODATE}  {TXN}  {AMOUNT}  → {WALLET}  label "{FIRST} cold storage"\n'
        '{ISODATE#2}  {TXN#2}  {AMOUNT#2}  → {WALLET#2}  label "{NAME#2} OTC deal"\n'
        "Address book last edited from {IP}"
    ),
    # Smart-doorbell event feed with face recognition and a guest access code
    (
        "Front Door · Events\n"
        "{TIME}  Familiar face: {FIRST} at the door\n"
        "{TIME#2}  Package delivered · {TRACKING}\n"
        "{TIME#3}  Familiar face: {NAME#2}\n"
        "{TIME#4}  Unfamiliar person · 2 min\n"
        "Guest access code {CODE} for {NAME_APOS} — valid until {DATE}"
    ),
    # Community buy/sell group admin log with membership answer and removal reason
    (
        'Admin activity · "Northside Buy Nothing"\n'
        "{NAME} approved {NAME#2}'s request to join\n"
        'Membership answer: "I live on {STREET}, my neighbor {FIRST#3} referred me"\n'
        "{HANDLE} removed {NAME_HYPH} · reason: scam, asked for deposits via {URL}\n"
        "Post by {NAME#4} declined · {DATE}"
    ),
    # Gym front-desk check-in log with guest waiver birth date
    (
        "Front desk check-ins {DATE}\n"
        "{TIME}  {NAME}  member #{DIGITS10}\n"
        "{TIME#2}  {NAME#2}  guest of {FIRST#1} · waiver signed · DOB {DOB}\n"
        "{TIME#3}  {NAME#3}  card on file ending {LAST4} declined\n"
        "{TIME#4}  {NAME_APOS}  key fob {CODE}"
    ),
    # Raw email headers (From/To/Cc display names, originating IP)
    (
        'From: "{NAME}" <{EMAIL}>\n'
        "To: {EMAIL#2}\n"
        "Cc: {NAME#2} <{EMAIL#3}>, {EMAIL#4}\n"
        "Date: {WEEKDAY}, {DATE} {TIME}\n"
        "Subject: Re: Re: invoice {INVOICE} — still unpaid\n"
        "Received: from mail-out ([{IP}]) by mx.example.net\n"
        "X-Originating-IP: {IP#2}"
    ),
    # School attendance auto-message with student, office contact and guardian
    (
        "[Auto-message] {DATE}\n"
        "Attendance alert: {FIRST} {LAST} was marked ABSENT for period 3.\n"
        "If this is an error, reply to {NAME#2}, Front Office, {PHONE} ext 214, or {EMAIL}.\n"
        "Guardian on file: {NAME_HYPH} · {ADDRESS_LINE}"
    ),
    # OCR output of an uploaded driver licence during identity verification
    (
        "OCR result · document_type=DRIVER_LICENSE · upload {ISODATE}\n"
        "LN {LAST}\n"
        "FN {FIRST}\n"
        "DOB {DOB}\n"
        "ADDR {STREET}\n"
        "{CITYSTATE}\n"
        "SSN (typed by user) {SSN}\n"
        "card used for verification {CARD}\n"
        "match score 0.41 · case {CASE}"
    ),
]

FRESH42_NEGATIVE = [
    # App release notes full of name-like words (Grace, Mark, Will)
    (
        "What's New · Version {VERSION} (build {BUILD})\n"
        "• Grace period for lapsed subscriptions is now 16 days\n"
        "• Mark All as Read now works from the widget\n"
        "• Will no longer ask for notification permission twice on iPadOS\n"
        "• Fixed a crash when exporting to Google Drive\n"
        "Thanks for using {COMPANY}! Released {DATE}"
    ),
    # Grocery delivery receipt with brands named after people
    (
        "Order #{ORDER} · delivered {WEEKDAY} {TIME}\n"
        "1 × Ben & Jerry's Cherry Garcia, 16 oz\n"
        "1 × Dr Pepper Zero Sugar, 12-pack\n"
        "2 × Mrs. Meyer's Clean Day Hand Soap, Basil\n"
        "1 × Newman's Own Caesar Dressing\n"
        "1 × Little Debbie Oatmeal Creme Pies\n"
        "Subtotal {AMOUNT} · Tip {AMOUNT#2} · Sold by {COMPANY}"
    ),
    # Traffic and weather push alerts naming bridges, boulevards and tunnels after people
    (
        "{TIME}  Traffic · Crash on the George Washington Bridge upper level, expect 25 min delays\n"
        "{TIME#2}  Traffic · Martin Luther King Jr. Blvd closed between 5th and 9th for the parade\n"
        "{TIME#3}  Weather · Winter Storm Warning for Hudson County until {TIME#4} {WEEKDAY}\n"
        "{TIME#5}  Transit · Lincoln Tunnel inbound bus lane suspended"
    ),
    # Sports score notifications with team names and a ticket order
    (
        "FINAL · Boston Celtics 112, Miami Heat 104\n"
        "FINAL/OT · St. Louis Blues 3, Colorado Avalanche 2\n"
        "Up next: Green Bay Packers at Chicago Bears, {WEEKDAY} {TIME} · Soldier Field\n"
        "Your ticket order {ORDER} for {DATE} is confirmed · {AMOUNT}"
    ),
    # Server log lines with job ids, versions, invoice and amounts
    (
        "{ISODATE} {TIME} INFO  [worker-7] job={TICKET} status=RETRY attempt=3/5 latency_ms=842\n"
        "{ISODATE} {TIME#2} WARN  [scheduler] cron 'grace-period-sweep' skipped (lock held)\n"
        "{ISODATE} {TIME#3} INFO  [deploy] rolled out {VERSION} build={BUILD} sha=9f3c2e1\n"
        "{ISODATE} {TIME#4} ERROR [billing] invoice={INVOICE} amount={AMOUNT} gateway=timeout"
    ),
    # B2B invoice between two companies with person-named workwear brands
    (
        "INVOICE {INVOICE}\n"
        "Bill To: {COMPANY}\n"
        "Accounts Payable Dept.\n"
        "From: {COMPANY#2}\n"
        "Date: {DATE}   Terms: Net 30   PO: {REF}\n"
        "{SKU}   Carhartt work jacket, XL   ×12\n"
        "{SKU#2}   Dickies 874 pants, 34x32   ×24\n"
        "Total due {AMOUNT} · Please reference {INVOICE} on remittance"
    ),
    # Tab-separated product sheet with name-like product words (Rose, Summer Hope, Grace, Jolene)
    (
        "SKU\tProduct\tQty\tUnit\n"
        "{SKU}\tRose Gold phone case\t2\t{AMOUNT}\n"
        '{SKU#2}\t"Summer Hope" soy candle\t1\t{AMOUNT#2}\n'
        "{SKU#3}\tAmazing Grace hymn print, 8x10\t3\t{AMOUNT#3}\n"
        "{SKU#4}\tJolene tote bag\t1\t{AMOUNT#4}"
    ),
    # Notification history with no people (holiday, memory title, street, restaurant brand)
    (
        "{TIME}  Calendar · Mother's Day brunch, 11:00\n"
        '{TIME#2}  Photos · New memory: "Summer in Savannah"\n'
        "{TIME#3}  Maps · Heavier traffic than usual on Lincoln Ave\n"
        "{TIME#4}  DoorDash · Your Wendy's order {ORDER} is 4 min away\n"
        '{TIME#5}  Music · Your playlist "Sunday Morning" was updated'
    ),
    # Photo album captions of memorials and museum exhibits of public figures
    (
        "Album: DC trip · {DATE} · 52 items\n"
        "IMG_0112  Lincoln Memorial at sunset\n"
        "IMG_0140  Thomas Jefferson statue, Jefferson Memorial\n"
        "IMG_0187  Einstein Memorial, National Academy of Sciences\n"
        "IMG_0203  Smithsonian — Julia Child's kitchen exhibit\n"
        "Location: Washington, DC"
    ),
    # Form instructions with Jane Doe / John Smith placeholders
    (
        "How to complete the reimbursement form\n"
        "Full name: as shown on your ID (e.g. Jane Doe)\n"
        "Payee: e.g. John Smith or {COMPANY}\n"
        "Expense date: e.g. {DATE}\n"
        "Ticket #: e.g. {TICKET}\n"
        "Do not enter your SSN or card number on this form."
    ),
    # Parcel tracking events through cities named after people
    (
        "Tracking {TRACKING}\n"
        "{DATE} {TIME}  Departed facility · Memphis, TN\n"
        "{DATE} {TIME#2}  Arrived at hub · Louisville, KY\n"
        "{DATE#2} {TIME#3}  Out for delivery · Jackson, MS\n"
        "{DATE#2} {TIME#4}  Delivered · Front porch · signature not required"
    ),
    # Recipe saved to notes with possessive dish and brand names
    (
        "Sunday Shepherd's Pie (serves 6)\n"
        "- 2 lb ground lamb\n"
        "- 1 tbsp Lea & Perrins Worcestershire\n"
        "- dash of Tabasco, pinch of Mrs. Dash\n"
        "- top with mashed Yukon Gold potatoes\n"
        "Bake 400°F for 25 min. Serve with Caesar salad and a Robert Mondavi cab."
    ),
]

FRESH43_POSITIVE = [
    # Run-on teenage group-chat message, no punctuation, nickname next to real name
    (
        "ok so {FIRST} aka lil bean told {FIRST#2} that {NAME#3} from 4th period has the video "
        "and then {FIRST#4} the snitch screenshotted it n sent it to the whole gc like why would u do that "
        "{LAST#5} is literally gonna get jumped after school {WEEKDAY} no cap"
    ),
    # Text-speak with deliberate misspellings asking for an address
    (
        "yo its {FIRST} gimme ur addy agen i lost it lol\n"
        "k its {ADDRESS_LINE} cum thru aftr 8\n"
        "is {FIRST#2} n dem comin 2??\n"
        "ya hes bringin {FIRST#3} n her sis\n"
        "txt me @ {PHONE} dis my new # da otha 1 got cut off"
    ),
    # Poem posted as a status addressing a named person
    (
        "for {FIRST} 🌙\n"
        "\n"
        "you were the summer i did not see coming,\n"
        "{FIRST}, {FIRST}, i write you on fogged glass\n"
        "and {NAME#2} says let it go\n"
        "but the river by {STREET} still keeps your voice\n"
        "\n"
        "— posted {DATE} · 14 likes"
    ),
    # Song-lyric style status calling out an ex and his new girlfriend
    (
        "♪ driving past your house on {STREET} at {TIME} ♪\n"
        "♪ all the lights still on, {FIRST} ♪\n"
        "♪ you said you'd call, you never call ♪\n"
        "(ur new girl {NAME#2} can have u lol) #nofilter"
    ),
    # Long angry Facebook-style rant naming several people
    (
        "I am DONE being quiet about this. {NAME}, you KNOW what you did at the reunion on {DATE}. "
        "And don't think I forgot {NAME#2} and her husband {FIRST#3} sitting there laughing. "
        "{NAME_APOS} from the HOA, you too — you told everybody on {STREET} my business. "
        "My own cousin {NAME_HYPH} took their side!!! "
        "Anybody who wants the screenshots DM me or email {EMAIL}. I'm not deleting this."
    ),
    # Church prayer list with names, a family surname and a card address
    (
        "Prayer list for {WEEKDAY} 🙏\n"
        "• {NAME} — surgery {DATE}, pray for steady hands\n"
        "• {FIRST#2} {LAST#2}'s mother, hospice, room 412\n"
        "• the {LAST#3} family after the fire on {STREET}\n"
        "• {NAME_HYPH}, still in ICU — cards can go to {ADDRESS_LINE}\n"
        "• unspoken request (ask {FIRST#4})"
    ),
    # Memorial/obituary post listing surviving relatives and the deceased's birth date
    (
        "In loving memory of {NAME}, born {DOB}, called home {DATE}. "
        "{FIRST#1} is survived by his wife of 41 years, {NAME#2}; children {NAME#3} (and husband {FIRST#4}) "
        "and {NAME_HYPH}; and his sister {NAME_APOS} of {CITYSTATE}. "
        "Visitation {WEEKDAY} {TIME} at {COMPANY}, {ADDRESS_LINE}. "
        "In lieu of flowers, donations may be sent to the family c/o {EMAIL}."
    ),
    # First-person affidavit with affiant's address/DOB and a respondent
    (
        "AFFIDAVIT\n"
        "\n"
        "I, {NAME}, date of birth {DOB}, residing at\n"
        "{ADDRESS}\n"
        "being duly sworn, state as follows:\n"
        "1. On or about {DATE} at approximately {TIME}, {NAME#2} came to my residence uninvited.\n"
        "2. The respondent then sent messages from {PHONE} and from the account {HANDLE}.\n"
        "3. Our child is the subject of case {CASE}.\n"
        "Further affiant sayeth naught."
    ),
    # Message machine-translated from Spanish, with original snippet
    (
        "[Translated from Spanish]\n"
        "Good afternoon, I am the mother of {FIRST}. My son's friend {NAME#2} told me that your son took "
        "his phone at the park on {WEEKDAY}. Please return it or I will go to the police. My number is {PHONE}, "
        "we live at {STREET}, apartment 4B. Many blessings, {NAME_APOS}\n"
        "[Original] Buenas tardes, soy la mamá de {FIRST}..."
    ),
    # Dictated voice-to-text message with spoken punctuation and no capitals
    (
        "voice message (transcribed): hey its me um tell {FIRST} i cant get the kids today period "
        "can {NAME#2} do it question mark her number is {PHONE} i think and uh tell {LAST#3} the rent is "
        "{AMOUNT} not what he said period ok love you bye"
    ),
    # Blocked/muted list with reasons
    (
        "Blocked (6)\n"
        "{HANDLE} — harassment, keeps making new accounts\n"
        "{NAME} — ex. protective order {CASE}\n"
        "{NAME#2} — his cousin, same thing\n"
        "{EMAIL} — threats came from here\n"
        "{PHONE} — 40 calls in one night\n"
        "Muted: {FIRST#3} (too much drama lol)"
    ),
    # Apology letter sent to a relative's address
    (
        "Dear {FIRST},\n"
        "\n"
        "I'm sorry for what I said at {FIRST#2}'s party on {DATE}. It wasn't fair to you or to {NAME#3}. "
        "I know you blocked me so I'm sending this to your mom's address ({ADDRESS_LINE}). "
        "If you ever want to talk, I'm still at {PHONE}.\n"
        "\n"
        "— {FIRST#4}"
    ),
    # Threatening note naming a protector, a victim and a workplace address
    (
        "u think {FIRST} can protect u?? i know u park on {STREET} every nite. "
        "tell {NAME#2} i know where she works too. {ADDRESS_LINE}. "
        "{WEEKDAY} {TIME}. dont be late"
    ),
    # Group-trip itinerary with names per room and payment handle
    (
        "BEACH WEEK 🌴🌴 FINAL rooms\n"
        "Room 1 (king): {FIRST} + {FIRST#2}\n"
        "Room 2 (2 queens): {NAME#3}, {NAME_HYPH}, {FIRST#4}\n"
        "Bunk room: {NAME_APOS} + the kids\n"
        "Couch: {FIRST#5} lol\n"
        "House conf {CONF} · check-in {WEEKDAY} {TIME}\n"
        "send {AMOUNT} to {HANDLE} by {DATE} or ur sleeping in the car"
    ),
    # Landlord reference letter with tenants, address, rent and landlord contact
    (
        "To whom it may concern,\n"
        "\n"
        "{NAME} rented the upper unit at\n"
        "{ADDRESS}\n"
        "from {DATE} until {DATE#2}. {FIRST#1} and her partner {NAME#2} paid {AMOUNT} every month on time "
        "and left the unit clean. I would rent to them again. Please call me at {PHONE} or write to {EMAIL}.\n"
        "\n"
        "Sincerely,\n"
        "{NAME#3}\n"
        "{COMPANY}"
    ),
    # Adoptee search post with own birth date and a possible birth mother
    (
        "Searching for my birth mother. Her name might be {NAME}. I was born {DOB} in {CITYSTATE} "
        "and placed through {COMPANY}. A nurse named {FIRST#2} may have been there. "
        "Please share!! message me at {EMAIL} or {PHONE}"
    ),
    # Handwritten-style Christmas card address list
    (
        "xmas cards 🎄 2nd batch\n"
        "{NAME} — {ADDRESS}\n"
        "the {LAST#2}s — {ADDRESS_LINE}\n"
        "aunt {FIRST#3} (NEW address!!) {STREET}, {CITYSTATE}\n"
        "{NAME_APOS} + {FIRST#4} — ask {FIRST#5} for zip"
    ),
    # One-star business review naming staff members
    (
        "⭐ 1/5 — {COMPANY}\n"
        "Waited 2 hours for order {ORDER}. The manager {FIRST} (tall, goatee, name tag said {FIRST}) "
        "rolled his eyes at me. Ask for {NAME#2} instead, she's the only one who knows what she's doing. "
        "Receipt {REF}, {DATE}, {AMOUNT}."
    ),
    # Co-parenting message citing a case number and forbidden driver
    (
        "per the parenting plan (case {CASE}) the kids are with me {WEEKDAY} to {WEEKDAY#2}. "
        "your boyfriend {NAME} is NOT to drive them. pickup is {ADDRESS_LINE} at {TIME}. "
        "if {FIRST#2} (his sister) shows up instead im calling the cops"
    ),
    # "PSA" doxxing post bundling many identifiers of one person
    (
        "PSA 🚩 this is the guy scamming ppl in the group:\n"
        "{NAME}\n"
        "born {DOB}\n"
        "lives {ADDRESS_LINE}\n"
        "cell {PHONE} · ip {IP}\n"
        "used this card {CARD} and this ssn {SSN} on my account\n"
        "sends btc to {WALLET}\n"
        "his gf {FIRST#2} runs {URL}"
    ),
    # Potluck signup thread
    (
        "potluck signup 🍗\n"
        "{FIRST} - mac n cheese\n"
        "{NAME#2} - rolls + butter\n"
        "the {LAST#3}s - ham (again lol)\n"
        "{NAME_HYPH} - paper plates\n"
        "{FIRST#4} - dessert tbd"
    ),
    # Wedding thank-you card checklist with gifts and an address
    (
        "thank you cards still to send:\n"
        "[x] {NAME} & {FIRST#2} — the KitchenAid\n"
        "[ ] grandma {LAST#3} — {AMOUNT} check\n"
        "[ ] {NAME_APOS} — the blanket (address: {ADDRESS_LINE})\n"
        "[ ] {FIRST#4} from dad's work — gift card"
    ),
    # Missed-connection post describing a stranger and her friend
    (
        "m4w · saw you at the laundromat on {STREET} {WEEKDAY} around {TIME}. you were with your friend, "
        "i think you called her {FIRST}. your jacket said {LAST#2} on the back. if this is you email {EMAIL}"
    ),
    # Jail-tablet message asking for money and naming associates
    (
        "inmate message · facility tablet · {DATE} {TIME}\n"
        "baby its me. tell {FIRST} to put {AMOUNT} on my books. {NAME#2} still owes me for the car, "
        "his new number is {PHONE}. dont say nothing to {NAME_APOS} she talks to the DA"
    ),
]

FRESH43_NEGATIVE = [
    # Teen run-on chat about films, ice cream and a cinema on a street named after a president
    (
        "omg did u watch forrest gump last nite i cried so hard lol then we got ben n jerrys n watched "
        "mean girls again n on {WEEKDAY} were going 2 see the new barbie movie at the regal on washington st "
        "its like {AMOUNT} w the student discount ur coming right"
    ),
    # Poem personifying name-like words (Summer, Grace, Hope, Will, June)
    (
        "Summer left early this year.\n"
        "Grace came slow, like rain on Mercy Street,\n"
        "Hope stayed up with the porch light on,\n"
        "and Will — the stubborn kind — got us through June.\n"
        "\n"
        "(written {DATE}, for nobody in particular)"
    ),
    # Prayer list with only groups, places and a church building
    (
        "Prayer requests · {WEEKDAY}\n"
        "• families affected by the flooding in Houston\n"
        "• our deployed service members\n"
        "• the youth mission trip leaving {DATE}\n"
        "• safe travels on I-10 this holiday weekend\n"
        "• praise report: new roof on St. Paul's fellowship hall is finished ({AMOUNT} raised!)"
    ),
    # Angry rant at a company with order/ticket/refund numbers
    (
        "NEVER ordering from {COMPANY} again. Order {ORDER}, placed {DATE}, charged {AMOUNT} TWICE. "
        'Ticket {TICKET} has been "escalated" for 9 days and the chat bot keeps asking if I tried '
        "restarting. Refund ref {REF} doesn't exist apparently. Absolute clown show."
    ),
    # Voice-to-text reminder with brand names and no capitals
    (
        "reminder set: pick up dr pepper and ben and jerrys and a rotisserie chicken from costco at {TIME} "
        "period call the pharmacy about refill {REF} period return the amazon package order {ORDER} "
        "before {WEEKDAY}"
    ),
    # Vacation itinerary with attractions named after people and rooms without names
    (
        "ORLANDO TRIP 🎢\n"
        "Day 1 {DATE}: land MCO, check in Hilton Garden Inn (conf {CONF})\n"
        "Day 2: Magic Kingdom — Mickey's PhilharMagic, Peter Pan's Flight\n"
        "Day 3: Kennedy Space Center, lunch at Jimmy Buffett's Margaritaville\n"
        "Day 4: pool day 🍹\n"
        "Rooms: Room 1 king, Room 2 two queens, rollaway requested"
    ),
    # Book-club announcement with titles containing names and a library named after a person
    (
        '📚 Book club this month: "Where the Crawdads Sing". Next month: "Anne of Green Gables", '
        'then "Eleanor Oliphant Is Completely Fine". Meeting {WEEKDAY} at {TIME}, Carnegie Library '
        "community room. Bring snacks, bring opinions."
    ),
    # Memorial-style post for a closing store on a street named after a president
    (
        "Rest in peace to the old Woolworth's on Jefferson Street 🕊️\n"
        "Last day is {DATE}. Grilled cheese at the lunch counter was {AMOUNT} when I was a kid.\n"
        "End of an era."
    ),
    # Blank affidavit template with bracketed placeholders
    (
        "AFFIDAVIT OF LOSS (template — fill in brackets)\n"
        "\n"
        "I, [FULL NAME], of [ADDRESS], being duly sworn, state that on or about {DATE} I lost the item "
        "described as [DESCRIPTION]. Reference {REF}.\n"
        "\n"
        "Subscribed and sworn before me this ___ day of ______.\n"
        "Notary Public, State of Texas"
    ),
    # Building-management notice to tenants (complex named after a president)
    (
        "NOTICE TO ALL RESIDENTS — Lincoln Park Apartments\n"
        "Water will be shut off {WEEKDAY} {DATE} from {TIME} to {TIME#2} for riser repair "
        "(work order {TICKET}). Please fill a pitcher the night before.\n"
        "Questions: leasing office, Building C. — Management"
    ),
    # Text-speak about holidays named after people
    (
        "wat r u doin 4 mlk day?? we prob goin 2 the st patricks parade nxt month n valentines is on a "
        "{WEEKDAY} ugh. also presidents day sale at kohls ends {DATE} lol"
    ),
    # Company apology letter with credit, promo code and a bouquet named "Rose & Thorn"
    (
        "Dear valued customer,\n"
        "We're sorry your order {ORDER} arrived late and that the Rose & Thorn bouquet wasn't what you "
        "expected. We've issued a credit of {AMOUNT} (ref {REF}) and a code {CODE} for your next order.\n"
        "Warmly,\n"
        "The {COMPANY} Customer Care Team"
    ),
]


FRESH44_POSITIVE = [
    # Marketplace listing chat export: buyer, seller, seller's husband and buyer's brother, pickup address and phone
    (
        'Marketplace conversation re: listing "Sectional couch - grey, pet free home" ({AMOUNT})\n'
        "[Sat 6:12 PM] {NAME}: hi is this still available? can pick up tonight\n"
        "[Sat 6:20 PM] {NAME#2}: yes still here. pickup only, {STREET}, {CITYSTATE}. ring bell, my husband {FIRST#3} will help load\n"
        "[Sat 6:21 PM] {NAME}: ok my brother {FIRST#4} has the truck, we'll be there by 8\n"
        "[Sat 6:33 PM] {NAME#2}: text when outside {PHONE}\n"
        "[Sat 9:47 PM] {NAME}: your husband was rude af. leaving a review, u people are scammers"
    ),
    # Ride-share trip receipt with rider first name, driver name, pickup/dropoff and a rider note naming a roommate
    (
        "Trip receipt\n"
        "Thanks for riding with {COMPANY}, {FIRST}!\n"
        "{WEEKDAY}, {DATE}\n"
        "Your driver: {FIRST#2} {LAST#2}  4.91 stars  Toyota Camry (silver)\n"
        "Pickup {TIME}: {ADDRESS_LINE}\n"
        "Dropoff: {STREET}, {CITYSTATE}\n"
        "Trip fare {AMOUNT}  |  Visa ending {LAST4}\n"
        "Trip ID {REF}\n"
        'Note to driver: "pls dont honk, my roommate {FIRST#3} works nights"'
    ),
    # School-portal message from a teacher to a parent about a hallway fight between two students
    (
        "Message from: Mrs. {LAST} (7th Grade ELA)\n"
        "To: Parent/Guardian of {NAME#2}\n"
        "Sent: {DATE} {TIME}\n\n"
        "Good afternoon. I wanted to let you know that during 4th period today {FIRST#2} and another student, "
        "{NAME#3}, got into a verbal altercation that became physical in the B-wing hallway. {FIRST#2} told me "
        "{FIRST#3} has been posting about her from the account {HANDLE}. Both students were sent to the office. "
        "Please reach me at {EMAIL} or call the front office. Incident ref {CASE}."
    ),
    # Group-chat export (WhatsApp-style timestamps) about a missing friend and the man she went to see
    (
        "{DATE}, 10:58 PM - {NAME}: did anyone hear from {FIRST#2} tonight??\n"
        "{DATE}, 10:59 PM - {NAME#3}: no her phone goes straight to vm\n"
        "{DATE}, 11:02 PM - {NAME}: she said she was going to {LAST#4}'s place after her shift\n"
        "{DATE}, 11:02 PM - {NAME}: <Media omitted>\n"
        "{DATE}, 11:05 PM - {NAME#3}: the guy from the bar?? she sent me his addy once, {ADDRESS_LINE}\n"
        "{DATE}, 11:06 PM - {NAME#3}: im calling 911 rn"
    ),
    # Auto-transcribed voicemail with caller number, caller first name, missing man (apostrophe surname) and a street
    (
        "Voicemail from {PHONE}  0:47  Transcription (low confidence)\n"
        "\"Hey, um, it's {FIRST}... I'm calling about {NAME_APOS}. He hasn't been home since {WEEKDAY} and, uh, "
        "his truck is still parked at {FIRST#2}'s on {STREET}. If you hear anything call me back at this number. "
        'Okay. Bye."'
    ),
    # Domestic-violence shelter intake note with client, DOB, child, prior residence and alleged abuser with a nickname
    (
        "INTAKE - Emergency Shelter (CONFIDENTIAL)\n"
        "Date: {DATE}   Staff ID: 2231\n"
        "Client: {NAME_HYPH}   DOB: {DOB}\n"
        "Children in care: {FIRST#3} (6)\n"
        "Prior residence: {ADDRESS_LINE}\n"
        'Alleged abuser: {NAME#2} (partner, goes by "Smoke"), known to carry a handgun, employed at {COMPANY}\n'
        "Notes: cl. reports {FIRST#2} tracked her location via shared phone plan; phone replaced at intake. "
        "Do NOT confirm client's presence to callers."
    ),
    # Dating-app conversation export where both sides trade surnames and an Instagram handle
    (
        "Conversation export - matched {DATE}\n"
        "{FIRST}: heyyy ur profile said ur a nurse?\n"
        "You: lol yes at {COMPANY}. u?\n"
        "{FIRST}: HVAC. real talk tho whats ur last name, i got catfished last month\n"
        "You: {LAST#2}. urs?\n"
        "{FIRST}: {LAST} lmao. add me on insta {HANDLE}\n"
        "You: done. fyi my roommate {FIRST#3} will be home so no funny business\n"
        "{FIRST}: haha bet. send ur addy ill pick u up at 8"
    ),
    # Gaming voice-chat auto-transcript with a swatting threat that names the victim, his mother, location and IP
    (
        "[Voice chat transcript - auto-generated - match {REF}]\n"
        "00:14:02 Player_4: bro who's on mic breathing\n"
        "00:14:09 Player_2: {FIRST} shut up and push B\n"
        "00:14:31 Player_4: lmao {FIRST} {LAST} i know who u are. ur mom is {NAME#2}\n"
        "00:14:40 Player_4: u live in {CITYSTATE} right? {STREET}. gonna swat ur house tonight\n"
        "00:14:52 Player_2: dude chill\n"
        "00:15:03 Player_4: not joking. {IP} thats u"
    ),
    # Probation violation hearing notice with probationer, DOB, multi-line address, protected party and officer
    (
        "DEPARTMENT OF COMMUNITY CORRECTIONS\n"
        "NOTICE OF PROBATION VIOLATION HEARING\n"
        "Case No.: {CASE}\n"
        "Probationer: {NAME}          DOB: {DOB}\n"
        "Last known address:\n{ADDRESS}\n\n"
        "You are hereby notified that a hearing will be held on {DATE} at {TIME}. Alleged violation: contact with "
        "protected party {NAME#2} on or about {ISODATE}, in violation of Special Condition 4.\n"
        "Supervising Officer: {NAME#3}, Badge 4471\n"
        "Questions: {EMAIL}"
    ),
    # Customer-support ticket quoting a user who accuses her ex of account takeover, plus agent note
    (
        "Ticket {TICKET} | Priority: Urgent | Category: Account takeover\n"
        "Account holder: {NAME}\n"
        "Created {ISODATE} via in-app form\n"
        "---\n"
        "> someone got into my account last night. i think its my ex {NAME#2}, she's the only one who knew my "
        "password. the login came from {IP} and she changed the recovery email to {EMAIL}. she also dm'd my "
        "sister {FIRST#3} pretending to be me. PLEASE lock it\n"
        "---\n"
        "Agent note ({FIRST#4}): verified via card last4 {LAST4}, recovery email reverted, sessions revoked. "
        "Escalated to T&S, ref {REF}."
    ),
    # OCR of a handwritten note with recognition errors, naming an aggressor, a sister with phone, and the writer
    (
        "[OCR - image_0213.jpg - confidence 0.61]\n"
        "if anythlng happens to me\n"
        "it was {FIRST} . he said he wou1d\n"
        "come to {STREET} and 'finish\n"
        "it' . te11 my sister {NAME#2}\n"
        "{PHONE}\n"
        "i 1ove you mama\n"
        "- {FIRST#3}"
    ),
    # JSON message-record fragment (flattened, as pasted from an export) with sender, recipient, IPv6 and a threat
    (
        '  "message_id": "{REF}",\n'
        '  "sent_at": "{ISODATE}T03:14:22Z",\n'
        '  "sender_name": "{NAME}",\n'
        '  "sender_email": "{EMAIL}",\n'
        '  "recipient_name": "{NAME_HYPH#2}",\n'
        '  "client_ip": "{IP6}",\n'
        '  "body": "tell {FIRST#3} i know where she parks. {STREET}. every night",\n'
        '  "flagged": true,'
    ),
    # XML account-record fragment with emergency contact and account holder birth date
    (
        "<emergencyContact>\n"
        "  <fullName>{NAME}</fullName>\n"
        "  <relationship>mother</relationship>\n"
        '  <phone type="mobile">{PHONE}</phone>\n'
        "  <address>{ADDRESS_LINE}</address>\n"
        "</emergencyContact>\n"
        '<accountHolder id="{DIGITS10}">\n'
        "  <givenName>{FIRST#2}</givenName>\n"
        "  <familyName>{LAST#2}</familyName>\n"
        "  <birthDate>{DOB}</birthDate>\n"
        "</accountHolder>"
    ),
    # Spanish/English code-switched text message about a missing relative
    (
        "oye {FIRST}, ya hablé con tu tía {NAME#2} y dice que {FIRST#3} no ha llegado a la casa desde el "
        "{WEEKDAY}. she thinks he's staying with that guy {LAST#4} en {CITYSTATE}. si sabes algo llámame al "
        "{PHONE} porfa, estoy muy preocupada"
    ),
    # Coach's practice log naming players by surname only, including a threat between two of them
    (
        "Varsity practice log - {DATE}\n"
        "Absent: {LAST}\n"
        "Late: {LAST#3} (again)\n"
        "Incident: {LAST#2} and {LAST#4} got into it in the locker room after conditioning. {LAST#4} told "
        "{LAST#2} \"you're dead Friday\" in front of witnesses. Separated both. Called {LAST#4}'s dad, no answer. "
        "AD notified, ref {REF}."
    ),
    # Group-chat member list with nicknames beside names, a handle, and a pinned message with a party address
    (
        'Group "westside no parents" - members (7)\n'
        "1. {NAME} (admin)\n"
        '2. {FIRST#2} "Boogie" {LAST#2}\n'
        "3. {NAME_APOS#3}\n"
        "4. {NAME_HYPH#4}\n"
        "5. {FIRST#5} aka Lil Tre\n"
        "6. {HANDLE}\n"
        "7. Unknown (+1 ***-***-**12)\n"
        "Pinned message (admin): party moved to {FIRST#5}'s, {ADDRESS_LINE}, bring ur own"
    ),
    # Email from a parent to Trust & Safety about a ban-evading harasser contacting her daughter, with quoted reply
    (
        "From: {NAME} <{EMAIL}>\n"
        "To: Trust & Safety Team\n"
        "Subject: RE: Report {CASE} - harassment by {NAME#2}\n"
        "Date: {WEEKDAY}, {DATE} {TIME}\n\n"
        "Hi,\n"
        "Following up again. {FIRST#2} made a new account ({HANDLE}) after the last one was banned and is "
        "messaging my daughter {FIRST#3} again. He also posted her school and our street ({STREET}) in a comment. "
        "Screenshots attached.\n\n"
        "{FIRST}\n\n"
        "> On {DATE}, Support wrote:\n"
        "> Thank you for your report. Reference {REF}."
    ),
    # Profile-field export with legal name, display name, bio naming a spouse, website, recovery phone and IP
    (
        "PROFILE EXPORT - account {DIGITS10}\n"
        "legal_name: {NAME}\n"
        "display_name: {FIRST} xo\n"
        "username: {HANDLE}\n"
        "bio: mama of 2 | married to my best friend {FIRST#2} | {CITYSTATE} | lashes by appt\n"
        "website: {URL}\n"
        "recovery_phone: {PHONE}\n"
        "last_login_ip: {IP}\n"
        "created: {ISODATE}"
    ),
    # Authentication/profile audit log lines with emails, IPv4/IPv6 and display names changed in an account takeover
    (
        '{ISODATE}T02:11:09Z auth INFO login_success user_id={DIGITS10} email={EMAIL} ip={IP6} ua="App/{VERSION} (Android 14)"\n'
        "{ISODATE}T02:11:44Z auth WARN recovery_email_changed user_id={DIGITS10} old={EMAIL} new={EMAIL#2} ip={IP}\n"
        '{ISODATE}T02:12:03Z profile INFO display_name_changed old="{NAME}" new="{NAME#2} is a liar" build={BUILD}'
    ),
    # Messaging-app export of a crypto "support" scam collecting card number, wallet and SSN
    (
        "[Chat export]\n"
        '"{NAME}" (Verified Support): Hello dear, to unlock your withdrawal of {AMOUNT} you must first pay the network fee.\n'
        "You: i already sent to the last address, my bank froze my card {CARD}\n"
        '"{NAME}": Please send 0.05 BTC to this wallet only: {WALLET}\n'
        '"{NAME}": My manager Mr. {LAST#2} will confirm. Reply with your SSN for KYC\n'
        "You: {SSN}\n"
        "You: ok sent, txid {TXN}"
    ),
    # Public doxxing post labelling a man a snitch, with his street, girlfriend, the person he testified against and his profile URL
    (
        "PSA for everyone in {CITYSTATE}: {NAME_APOS} is a SNITCH. he told on {FIRST#2} and got him 5 yrs. "
        "lives at {STREET} w/ his girl {FIRST#3}, drives the white Tahoe. his fb is {URL}. handle accordingly"
    ),
    # Temporary protection order excerpt with petitioner, respondent DOB, minor child, third party and residence
    (
        "IN THE DISTRICT COURT\n"
        "Case No. {CASE}\n"
        "TEMPORARY ORDER OF PROTECTION\n"
        "Petitioner: {NAME}\n"
        "Respondent: {NAME#2}     DOB: {DOB}\n\n"
        "IT IS ORDERED that Respondent shall not contact Petitioner or the minor child, {FIRST#3} {LAST}, "
        "directly or through third parties, including {NAME_HYPH#4}, and shall remain at least 500 feet from "
        "Petitioner's residence at:\n{ADDRESS}\n"
        "This order expires {DATE}."
    ),
    # Food-delivery courier chat naming courier, front-desk person and an ex's brother, with phone and drop-off address
    (
        "Order {ORDER} - chat with courier\n"
        "Courier {FIRST}: im here, which building?\n"
        "Customer: building C. leave it w/ {FIRST#2} at the front desk if i dont answer\n"
        "Courier {FIRST}: ok. fyi a guy named {NAME#3} came out and said you dont live here anymore??\n"
        "Customer: thats my ex's brother ignore him. call me {PHONE}\n"
        "[System] Delivered {TIME} to {ADDRESS_LINE}"
    ),
    # OCR'd rental application page with applicant, DOB, SSN, address, emergency contact and co-applicant
    (
        "[OCR scan - page 2 of 3]\n"
        "APPLICANT INFORMATION\n"
        "Full Name: {NAME}    Date of Birth: {DOB}\n"
        "SSN: {SSN}\n"
        "Current Address: {ADDRESS_LINE}\n"
        "Employer: {COMPANY}    Monthly Income: {AMOUNT}\n"
        "Emergency Contact: {NAME#2}   Phone: {PHONE}\n"
        "Co-applicant: {NAME_APOS#3}\n"
        "Applicant Signature: __{LAST}__   Date: {DATE}"
    ),
    # Peer-to-peer payment history export with payer/payee names, memo naming a third person, and a handle
    (
        "Transaction history - exported {ISODATE}\n"
        '{DATE}  {NAME} paid {NAME#2}   -{AMOUNT}   "gas money 4 {FIRST#3}"   ID {TXN}\n'
        '{DATE}  {NAME_HYPH#4} paid {NAME}   "the usual"\n'
        '{DATE}  {NAME} paid {HANDLE}   "u know what its for"'
    ),
]

FRESH44_NEGATIVE = [
    # Product review with order, SKU, warranty ref and tracking; brand names only
    (
        "4/5 stars - Verified Purchase - reviewed {DATE}\n"
        "Bought the {COMPANY} 6-qt air fryer (SKU {SKU}) for {AMOUNT} during the Black Friday sale. Order {ORDER} "
        "arrived {WEEKDAY}. Wings in 18 min at 400F, fries in 15. Only complaint: the basket coating started "
        "peeling after a month, so I filed a warranty claim (ref {REF}). Still better than the Ninja and the "
        "Instant Pot Vortex. Update: replacement shipped, tracking {TRACKING}."
    ),
    # Shipping notification naming a public distribution hub city
    (
        "Your package is on its way! Tracking number {TRACKING}. Order {ORDER} left our Memphis, TN sort "
        "facility on {WEEKDAY} and is expected by {TIME} on {DATE}. No signature required. Questions? Reply HELP "
        "or visit the Help Center and mention {REF}."
    ),
    # Recipe post whose ingredients and pairings look like people's names
    (
        "Shepherd's Pie (serves 6)\n"
        "Prep 20 min - Cook 45 min - saved {DATE}\n"
        "- 1.5 lb ground lamb\n"
        "- 2 tbsp Worcestershire sauce\n"
        "- 1 cup frozen peas & carrots\n"
        "- 2 lb Russet potatoes, mashed with 4 tbsp Kerrygold butter\n"
        "- salt, pepper, a pinch of Old Bay\n"
        "Preheat oven to 400F. Brown the lamb in a Lodge cast-iron skillet, add sauce and veg, top with potatoes "
        "and bake until golden. Pairs well with an Earl Grey or a Sam Adams."
    ),
    # Local-news style post about a park renovation on public streets named after presidents
    (
        "City Council approves Lincoln Park renovation\n"
        "The council voted 6-1 on {WEEKDAY} to fund a {AMOUNT} upgrade to Lincoln Park, including new lighting "
        "along Washington Avenue and a splash pad near the Jefferson Street entrance. Construction is expected to "
        "begin {DATE} and last about eight months. Plans are posted at City Hall and online under agenda item "
        "{REF}. Main Street between 3rd and 5th will close to traffic from {TIME} on opening weekend."
    ),
    # Video-game patch notes with fictional character and map names
    (
        "Patch Notes {VERSION} (Build {BUILD})\n"
        "BALANCE\n"
        "- Marshal: ultimate cooldown 90s -> 110s\n"
        "- Victoria's Grace: healing reduced 15%\n"
        "- Sergeant Hale: fixed shield ignoring fall damage\n"
        "MAPS\n"
        "- Harbor Street: removed exploit spot behind the bakery\n"
        "BUG FIXES\n"
        "- Fixed a crash when inviting more than 8 friends to a party\n"
        "- Fixed ranked queue showing 'Unknown Player' after reconnect (ticket {TICKET})\n"
        "Known issues are tracked under {REF}."
    ),
    # Elementary-school weekly announcement with menu items that resemble names
    (
        "Washington Elementary - Weekly Update\n"
        "Picture Day is {WEEKDAY}, {DATE}! Order forms are due at the front office; online orders use code {CODE}.\n"
        "The Scholastic Book Fair runs all week in the library, {TIME} to 3:15.\n"
        "Reminder: early dismissal Friday for parent-teacher conferences.\n"
        "Lunch: Monday tacos, Tuesday chicken Caesar wraps, Wednesday Sloppy Joes.\n"
        "PTA fundraiser total so far: {AMOUNT}. Thank you, Eagles families!"
    ),
    # Retail store holiday-hours notice for public city locations
    (
        "Holiday Hours - {COMPANY} Grand Rapids & Kalamazoo stores\n"
        "Thanksgiving Day: CLOSED\n"
        "Black Friday: 6 AM - 11 PM\n"
        "Saturday & Sunday: 8 AM - 10 PM\n"
        "Christmas Eve: 8 AM - {TIME}\n"
        "Pharmacy hours may differ. Curbside orders placed before 2 PM are ready same day. "
        "Spend {AMOUNT} on gift cards and get a $10 bonus card."
    ),
    # B2B invoice email with invoice, PO, SKU and confirmation numbers
    (
        "{COMPANY} - Invoice {INVOICE}\n"
        "Issued: {ISODATE}   Due: {DATE}\n"
        "PO: {REF}\n"
        "Line 1  SKU {SKU}  Nitrile gloves, size L (case of 1000)  x4\n"
        "Line 2  Freight - LTL via Dallas hub\n"
        "Total due: {AMOUNT}\n"
        "Remit via ACH and include the invoice number in the memo. Late payments accrue 1.5% monthly. "
        "Questions: reply to this email quoting confirmation {CONF}."
    ),
    # One-time verification code SMS
    (
        "{COMPANY}: Your verification code is {CODE}. It expires in 10 minutes. We will never call you to ask "
        "for this code. If you didn't request it, secure your account under Settings > Security. Ref {TXN}"
    ),
    # Support desk auto-reply with ticket, case, refund confirmation and card last four
    (
        "Hi there,\n"
        "Your request ({TICKET}) has been received and assigned to our Billing team. Current status: Pending. "
        "We aim to respond within 2 business days; today is {WEEKDAY}, so expect a reply by {DATE}.\n"
        "Your case number is {CASE} and your refund confirmation is {CONF} for {AMOUNT} to the card ending in {LAST4}.\n"
        "Please do not reply to this message.\n"
        "- {COMPANY} Support"
    ),
    # Batch-job server log with job ids, build, transaction and version, no user data
    (
        "{ISODATE}T04:00:01Z cron INFO nightly-export start job={DIGITS10} build={BUILD}\n"
        "{ISODATE}T04:00:07Z export WARN retry 1/3 upstream=payments-api status=503\n"
        "{ISODATE}T04:01:12Z export INFO wrote 18422 rows txn={TXN}\n"
        "{ISODATE}T04:01:13Z deploy INFO version={VERSION} healthy=true region=us-east-1 host=worker-07"
    ),
    # Shared grocery list full of brand names that look like people's names
    (
        "Shared list: Weekend groceries (updated {TIME})\n"
        "[ ] Dr Pepper 12-pack\n"
        "[ ] Ben & Jerry's Half Baked\n"
        "[ ] Uncle Ben's rice (or Trader Joe's)\n"
        "[ ] Mrs. Meyer's dish soap, basil\n"
        "[ ] Jack Daniel's for the chili\n"
        "[ ] Little Debbie oatmeal pies\n"
        "Coupon code {CODE} at Kroger; Wendy's BOGO on {WEEKDAY}"
    ),
]


FRESH45_POSITIVE = [
    # forwarded email thread with headers, quoted reply and signature block
    (
        "---------- Forwarded message ---------\n"
        "From: {NAME} <{EMAIL}>\n"
        "Date: {WEEKDAY}, {DATE} at {TIME}\n"
        "Subject: Re: he showed up again\n"
        "To: {NAME#2} <{EMAIL#2}>\n\n"
        "He was parked outside {STREET} for two hours. I called the non-emergency line, ref {REF}.\n\n"
        "> On {DATE}, {FIRST#2} wrote:\n"
        "> Please keep screenshots. Does he still have your new number?\n\n"
        "--\n{NAME}\nOffice Manager, {COMPANY}\nDirect: {PHONE}"
    ),
    # CSV export of a youth soccer team roster with guardian contacts
    (
        "player_name,dob,guardian,guardian_phone,guardian_email\n"
        "{NAME},{DOB},{NAME#2},{PHONE#2},{EMAIL#2}\n"
        "{NAME#3},,{NAME_HYPH},{PHONE#4},\n"
    ),
    # user-written incident narrative in police-report style
    (
        "On {DATE} at approximately {TIME} I, {NAME}, was leaving work when a male I know as "
        '{NAME#2} approached my vehicle. {LAST#2} stated he would "finish it" if I went to court. '
        "My neighbor {NAME_APOS} witnessed this from her porch at {ADDRESS_LINE}. "
        "I reported it under case {CASE}."
    ),
    # missing-person social post shared by a family member
    (
        "MISSING!! Please share. My sister {NAME} (DOB {DOB}) has not been seen since {WEEKDAY} night. "
        "Last seen near {STREET}, {CITYSTATE} wearing a grey hoodie. She may be with {NAME#2} who goes by "
        "{HANDLE#2} online. If you see her call me at {PHONE} or DM {HANDLE}. #findher"
    ),
    # family group chat export with timestamps
    (
        "[{DATE}, {TIME}] Mom: did anyone hear from {FIRST#2} today\n"
        "[{DATE}, {TIME}] {FIRST#3}: no, her phone goes straight to voicemail\n"
        "[{DATE}, {TIME}] Mom: {NAME#4} said she left with her boyfriend {FIRST#5}\n"
        "[{DATE}, {TIME}] {FIRST#3}: his last name is {LAST#5} i think. he lives off {STREET#5}"
    ),
    # babysitter handoff note with emergency contacts
    (
        "Babysitter notes for {WEEKDAY}:\n"
        "Kids: {FIRST} (7) and {FIRST#2} (4). {FIRST#2} is allergic to peanuts, EpiPen in the blue bag.\n"
        "If you can't reach us, call Grandma {NAME#3} at {PHONE#3}.\n"
        "Do NOT release the kids to {NAME#4} under any circumstances, there is an order in place.\n"
        "Our address for 911: {ADDRESS_LINE}"
    ),
    # church volunteer roster pasted into a post
    (
        "SUNDAY NURSERY ROTATION\n"
        "1st service - {NAME} / {NAME#2}\n"
        "2nd service - {NAME_HYPH} / {NAME#3}\n"
        "Questions? Text {FIRST} at {PHONE} or email {EMAIL#2}"
    ),
    # payment-app transaction history export
    (
        "Date\tDescription\tAmount\tStatus\n"
        '{DATE}\tPayment from {NAME} - "rent pt 2"\t{AMOUNT}\tCompleted\n'
        '{DATE}\tPayment to {NAME#2} - "u know what for"\t{AMOUNT}\tCompleted\n'
        "{DATE}\tTransfer to bank ending {LAST4}\t{AMOUNT}\tPending\n"
        "{DATE}\tRequest from {NAME#3} {HANDLE#3}\t{AMOUNT}\tDeclined"
    ),
    # outgoing wire transfer confirmation with beneficiary details
    (
        "WIRE TRANSFER CONFIRMATION  Ref {TXN}\n"
        "Originator: {NAME}\n"
        "Beneficiary: {NAME#2}\n"
        "Beneficiary address: {ADDRESS#2}\n"
        "Amount: {AMOUNT}   Value date: {ISODATE}\n"
        "Memo: deposit for apartment, contact {EMAIL#2}"
    ),
    # location-sharing log from an app audit
    (
        "{ISODATE} {TIME} location_share user={HANDLE} shared_with={HANDLE#2} lat/lon near {STREET}, {CITYSTATE}\n"
        "{ISODATE} {TIME} location_share user={HANDLE} shared_with={HANDLE#3} ip={IP}\n"
        "{ISODATE} {TIME} share_revoked user={HANDLE} by_admin=false ip6={IP6}"
    ),
    # account security audit log
    (
        "ts={ISODATE}T{TIME} event=login_success account_email={EMAIL} src_ip={IP} build={BUILD}\n"
        "ts={ISODATE}T{TIME} event=recovery_phone_changed old={PHONE} new={PHONE#2} src_ip={IP#2}\n"
        'ts={ISODATE}T{TIME} event=display_name_changed from="{NAME}" to="{NAME#3}"'
    ),
    # SMS export with threatening messages naming victims
    (
        "SMS export - thread with {PHONE}\n"
        "{DATE} {TIME} IN: tell {FIRST#2} shes not safe at {STREET#2}\n"
        "{DATE} {TIME} IN: i know {NAME#3} works the late shift at {COMPANY}\n"
        "{DATE} {TIME} OUT: stop texting me or im calling the police\n"
        "{DATE} {TIME} IN: go ahead, ask {FIRST#4} how that went last time"
    ),
    # social-media comment thread with replies
    (
        "{HANDLE}: this is the guy who stole my bike, his name is {NAME#2}\n"
        "  \u21b3 {HANDLE#3}: omg i went to school with him, he lives with his mom {NAME#4} on {STREET#2}\n"
        "  \u21b3 {HANDLE#5}: pretty sure his gf is {NAME_APOS}, she posts from {CITYSTATE}\n"
        "  \u21b3 {HANDLE}: thanks, sent it to detective, case {CASE}"
    ),
    # OCR of a phone screenshot of a contact card
    (
        "9:41 \u25cf\u25cf\u25cf LTE\n< Contacts      Edit\n"
        "{NAME}\n"
        "mobile\n{PHONE}\n"
        "home\n{PHONE#2}\n"
        "email\n{EMAIL}\n"
        "home\n{ADDRESS}\n"
        "birthday\n{DOB}\n"
        "Send Message   Share Contact"
    ),
    # OCR of a driver license photo
    (
        "DRIVER LICENSE  DL {DIGITS10}\n"
        "LN {LAST}\nFN {FIRST}\n"
        "{ADDRESS}\n"
        "DOB {DOB}   EXP {DATE}\n"
        "SEX F  HGT 5-06  EYES BRN"
    ),
    # all-caps angry post naming several people
    (
        "EVERYONE NEEDS TO KNOW THAT {NAME} AND HER BROTHER {NAME#2} ARE SCAMMERS. "
        "THEY TOOK {AMOUNT} FROM MY GRANDMA {NAME#3}. THEIR PHONE IS {PHONE} "
        "AND THEY LIVE AT {ADDRESS_LINE}. DO NOT DEAL WITH THEM!!!"
    ),
    # all-lowercase DM with names followed by ages and relations
    (
        "ok so its me, my cousin {FIRST} (19), "
        "my little brother {FIRST#2} (16) and {FIRST#2}s friend {NAME#3} (15). "
        "we r staying at {NAME#4}s place tonight, shes my aunt. her cell {PHONE#4}"
    ),
    # caregiver daily log at an assisted-living home
    (
        "Caregiver log - {DATE}\n"
        "Resident: {NAME} (DOB {DOB})\n"
        "{TIME} meds given, BP normal\n"
        "{TIME} daughter {NAME#2} visited, left upset after argument with son-in-law {FIRST#3}\n"
        "{TIME} resident says {FIRST#3} has been using her card {CARD}, notified supervisor\n"
        "Signed: {NAME#4}, CNA"
    ),
    # marketplace dispute with crypto wallet and payment details
    (
        "Seller {HANDLE} asked me to pay to {WALLET} instead of through the app. "
        "Real name on his profile was {NAME}, and he asked me to confirm with my SSN {SSN}, "
        "which I stupidly sent. Order {ORDER} never arrived. His other account is {HANDLE#2}."
    ),
    # profile fields dump from a platform account export
    (
        "display_name: {NAME_HYPH}\n"
        "username: {HANDLE}\n"
        "bio: mom of 3 \u2022 {CITYSTATE} \u2022 ask me about my shop {URL}\n"
        "recovery_email: {EMAIL}\n"
        "phone: {PHONE}\n"
        "birthday: {DOB}\n"
        "last_ip: {IP6}"
    ),
    # school pickup authorization form text
    (
        "STUDENT RELEASE AUTHORIZATION\n"
        "Student: {NAME}   Grade: 4\n"
        "Authorized adults:\n"
        "  1. {NAME#2} (mother) {PHONE#2}\n"
        "  2. {NAME_APOS} (grandfather) {PHONE#3}\n"
        "NOT authorized: {NAME#4} (father) - see custody order {CASE}"
    ),
    # support ticket where a user reports impersonation
    (
        "Ticket {TICKET} - Impersonation report\n"
        "Reporter: {NAME} <{EMAIL}>\n"
        "Someone made an account {HANDLE#2} using photos of my daughter {FIRST#3} (14) "
        "and is messaging her classmates, including {NAME#4}. The account logs in from {IP#2}. "
        "Please remove it before {WEEKDAY}."
    ),
    # rental application fragment copied into a message
    (
        "Applicant: {NAME}\nSSN: {SSN}\nCurrent address: {ADDRESS}\n"
        "Previous landlord: {NAME#2}, {PHONE#2}\n"
        "Employer: {COMPANY}, supervisor {NAME#3}\n"
        "Emergency contact: {NAME_HYPH} (sister)"
    ),
    # shared note with door code and schedule of a victim
    (
        "{FIRST} schedule (keep private):\n"
        "- gym at 6am {WEEKDAY}s at the place on {STREET}\n"
        "- works at {COMPANY} till {TIME}\n"
        "- lives w roommate {NAME#2}, {ADDRESS_LINE}\n"
        "- gate code {CODE}, her ex {NAME#3} still has it"
    ),
    # hotline callback list in a spreadsheet-like layout
    (
        "| Caller | Callback | Notes |\n"
        "|---|---|---|\n"
        "| {NAME} | {PHONE} | worried about neighbor {NAME#2}, screaming heard {TIME} |\n"
        "| {NAME#3} | {PHONE#3} | says {FIRST#2} texted her twice after midnight |\n"
        "| {NAME#4} | {EMAIL#4} | follow up re ref {REF} |"
    ),
]

FRESH45_NEGATIVE = [
    # shipping notification from a carrier
    (
        "Your package is on the way! Order {ORDER} shipped via UPS, tracking {TRACKING}. "
        "Estimated delivery {WEEKDAY}, {DATE} by {TIME}. Questions? Visit our Help Center."
    ),
    # app release changelog
    (
        "Release notes v{VERSION} (build {BUILD})\n"
        "- Fixed crash when opening Settings > Privacy on Android 14\n"
        "- Dark mode now follows system theme\n"
        "- Improved Apple Pay checkout speed\n"
        "Released {ISODATE}"
    ),
    # NWS weather alert push notification
    (
        "National Weather Service: Severe Thunderstorm Warning for Jackson County until {TIME}. "
        "Winds up to 60 mph and quarter-size hail possible near Independence and Blue Springs. "
        "Move indoors now."
    ),
    # sports score update
    (
        "FINAL: Denver Nuggets 112, Los Angeles Lakers 108. Clutch free throws in the "
        "fourth quarter sealed it at Ball Arena. Next game {WEEKDAY} at {TIME} on ESPN."
    ),
    # in-game chat about items
    (
        "trading 2x Golden Phoenix Wings + Dragon Slayer Blade for your Winter Hunter set, "
        "server NA-East, lobby code {CODE}. no scams, middleman only. patch {VERSION} nerfed frost dmg lol"
    ),
    # restaurant receipt
    (
        "OLIVE GARDEN #{DIGITS10}\n"
        "Check {INVOICE}   Server: 14   Table 22\n"
        "Chicken Alfredo   {AMOUNT}\nTour of Italy   {AMOUNT}\nBreadsticks (refill)   0.00\n"
        "Visa ****{LAST4}   Auth {CODE}\n{DATE} {TIME}  Thank you! Come back soon"
    ),
    # recipe post
    (
        "Grandma-style Sunday Gravy: brown 2 lb Italian sausage, add San Marzano tomatoes, "
        "basil, and a Parmigiano rind. Simmer low until {TIME}-ish. Serve over rigatoni with "
        "Pecorino Romano. Serves 8."
    ),
    # customer support auto-reply
    (
        "Thanks for contacting {COMPANY} Support. Your ticket {TICKET} has been received and "
        "case {CASE} was opened on {DATE}. A specialist will reply within 24 hours. Reference: {REF}."
    ),
    # bank alert without any person data
    (
        "{COMPANY} Alert: A purchase of {AMOUNT} was made with your card ending {LAST4} at "
        "Target Store T-1375 on {DATE} at {TIME}. Transaction ID {TXN}. Not you? Reply STOP to lock card."
    ),
    # inventory spreadsheet rows
    (
        "sku,description,qty,price\n"
        "{SKU},Lincoln Log Cabin Starter Set,14,{AMOUNT}\n"
        "{SKU},Madison Ave Tote - Navy,3,{AMOUNT}\n"
        "{SKU},Jordan Retro High OG size 10,0,{AMOUNT}"
    ),
    # hotel booking confirmation with only public place names
    (
        "Booking confirmed! Conf# {CONF}. Hilton Garden Inn Washington DC Downtown, "
        "check-in {DATE} after {TIME}, 2 nights, King Room. Total {AMOUNT}. "
        "Free cancellation until {ISODATE}."
    ),
    # public transit service alert
    (
        "MBTA Alert: Red Line shuttle buses replace service between Harvard and Park Street "
        "{WEEKDAY} through {DATE} due to track work. Washington Street and Summer Street entrances "
        "closed. Allow extra {TIME} of travel."
    ),
]


FRESH46_POSITIVE = [
    # JSON account-info export fragment (fields of a user record)
    (
        '"account_id": "{DIGITS10}",\n'
        '"display_name": "{NAME}",\n'
        '"username": "{HANDLE}",\n'
        '"email": "{EMAIL}",\n'
        '"phone_number": "{PHONE}",\n'
        '"date_of_birth": "{DOB}",\n'
        '"created_at": "{ISODATE}",\n'
        '"last_login_ip": "{IP}",\n'
        '"status": "active"'
    ),
    # CSV login-history export with two accounts, IPv4 and IPv6
    (
        "timestamp,user,ip_address,user_agent,result\n"
        "{ISODATE} {TIME},{EMAIL},{IP},Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X),success\n"
        "{DATE} 02:14:09,{EMAIL},{IP6},okhttp/4.9.2,failed_2fa\n"
        "{DATE} 02:16:45,{EMAIL#2},{IP#2},Chrome/124.0 (Windows NT 10.0),success"
    ),
    # support-ticket export where a requester reports doxxing of a relative
    (
        "Ticket #{TICKET} | Status: Escalated to T&S | Opened: {DATE} {TIME}\n"
        "Requester: {NAME} <{EMAIL}>\n"
        "Callback number: {PHONE}\n"
        "Subject: Someone is posting my sister's address\n"
        "Body: the account {HANDLE} keeps posting that {NAME#2} lives at {STREET}, {CITYSTATE}. "
        "She is terrified. Please take it down.\n"
        "Agent note: requester verified with code {CODE}. Linked to case {CASE}."
    ),
    # moderation queue entry, key=value, imminent self-harm report
    (
        "[MOD QUEUE] item={REF} priority=P0 category=self_harm_imminent\n"
        "reported_user={HANDLE} (uid {DIGITS10})\n"
        "reported_user_name={NAME}\n"
        "reporter={HANDLE#2}\n"
        'report_text="{FIRST} said goodbye to everyone and posted a photo of pills at {TIME}. '
        "her mom's cell is {PHONE}\"\n"
        "geo_last_seen={CITYSTATE}\n"
        "last_ip={IP}"
    ),
    # XML subscriber record returned in a carrier-style disclosure
    (
        "<subscriber>\n"
        "  <name>{NAME_HYPH}</name>\n"
        "  <msisdn>{PHONE}</msisdn>\n"
        "  <email>{EMAIL}</email>\n"
        "  <billing_address>{ADDRESS}</billing_address>\n"
        "  <payment_card>{CARD}</payment_card>\n"
        "  <activated>{DATE}</activated>\n"
        "  <plan>Unlimited Plus ({AMOUNT}/mo)</plan>\n"
        "</subscriber>"
    ),
    # web form submission: emergency contact update with DOB, SSN, address
    (
        "--- Form submission: Emergency Contact Update ---\n"
        "Submitted: {WEEKDAY} {DATE} at {TIME}\n"
        "Confirmation: {CONF}\n"
        "Full name: {NAME}\n"
        "Date of birth: {DOB}\n"
        "SSN: {SSN}\n"
        "Home address:\n"
        "{ADDRESS}\n"
        "Emergency contact: {NAME#2}, {PHONE}\n"
        "Relationship: Aunt"
    ),
    # web server access-log lines with client IPs, referrer URL and email in a query string
    (
        '{IP} - - [{DATE} {TIME}] "POST /api/v2/messages HTTP/1.1" 200 512 "-" "Mozilla/5.0"\n'
        '{IP6} - - [{DATE} {TIME}] "GET /settings/profile HTTP/1.1" 302 0 "{URL}" "Mozilla/5.0"\n'
        '{IP#2} - - [{DATE} {TIME}] "GET /password-reset?email={EMAIL} HTTP/1.1" 200 1840 "-" "curl/8.4.0"'
    ),
    # pipe-delimited payments table (payer names, cards, payee handles)
    (
        "| txn_id | date | amount | payer | card | payee |\n"
        "|---|---|---|---|---|---|\n"
        "| {TXN} | {ISODATE} | {AMOUNT} | {NAME} | {CARD} | {HANDLE} |\n"
        "| {REF} | {ISODATE} | {AMOUNT} | {NAME_APOS} | {CARD#2} | {HANDLE} |"
    ),
    # YAML KYC record from a crypto exchange
    (
        "kyc_record:\n"
        "  full_name: {NAME}\n"
        "  dob: {DOB}\n"
        "  ssn: {SSN}\n"
        "  residential_address: {ADDRESS_LINE}\n"
        "  phone: {PHONE}\n"
        "  deposit_wallets:\n"
        "    - {WALLET}\n"
        "    - {WALLET#2}\n"
        "  id_document: Driver License, verified {DATE}\n"
        "  risk_score: 82\n"
        "  linked_case: {CASE}"
    ),
    # CSV direct-message export between an adult account and a minor
    (
        "message_id,sent_at,from,to,body\n"
        '{REF},{TIME},{HANDLE},{HANDLE#2},"what school do u go to"\n'
        '{CODE},{TIME},{HANDLE#2},{HANDLE},"why"\n'
        '{TXN},{TIME},{HANDLE},{HANDLE#2},"add me on the other app. my number is {PHONE}"\n'
        '{TICKET},{TIME},{HANDLE},{HANDLE#2},"i can pick u up at {STREET}. dont tell {FIRST#2}"'
    ),
    # key: value profile-field snapshot incl. bio text
    (
        "Profile fields (snapshot {ISODATE})\n"
        "Display name: {NAME_APOS}\n"
        "Pronouns: she/her\n"
        'Bio: "nursing student | {CITYSTATE} | ig {HANDLE}"\n'
        "Website: {URL}\n"
        "Work: {COMPANY}\n"
        "Birthday: {DOB}\n"
        "Recovery email: {EMAIL}\n"
        "Recovery phone: {PHONE}"
    ),
    # marketplace order export with a ship-to block for a different person
    (
        "ORDER {ORDER} placed {DATE} {TIME}\n"
        "Buyer: {NAME} ({EMAIL})\n"
        "Ship to:\n"
        "{NAME#2}\n"
        "{ADDRESS}\n"
        "Carrier tracking: {TRACKING}\n"
        "Items: SKU {SKU} x1, {AMOUNT}\n"
        "Paid with card ending {LAST4}\n"
        "Billing phone: {PHONE}"
    ),
    # syslog-style auth log lines
    (
        '{ISODATE} {TIME} UTC auth[2231]: session start uid={DIGITS10} user={EMAIL} src={IP} device="Pixel 7" app={VERSION}\n'
        "{ISODATE} {TIME} UTC auth[2231]: 2fa sms sent to {PHONE}\n"
        '{ISODATE} {TIME} UTC auth[2240]: session start uid={DIGITS10} user={EMAIL} src={IP6} device="iPad" build={BUILD}\n'
        "{ISODATE} {TIME} UTC risk[88]: new location for uid={DIGITS10}: {CITYSTATE}"
    ),
    # JSON fragment of a violent-threat report
    (
        '"report_id": "{REF}",\n'
        '"type": "violent_threat",\n'
        '"content": "i know where {NAME} lives. {ADDRESS_LINE}. {WEEKDAY} night im coming",\n'
        '"content_author": "{HANDLE}",\n'
        '"target_contact": "{EMAIL}",\n'
        '"author_ip": "{IP}",\n'
        '"submitted": "{ISODATE} {TIME}"'
    ),
    # fixed-width field-change history table for one account
    (
        "Field change history for uid {DIGITS10}\n"
        "DATE        FIELD          OLD                            NEW\n"
        "{DATE}  email          {EMAIL}    {EMAIL#2}\n"
        "{DATE}  phone          {PHONE}    {PHONE#2}\n"
        "{DATE}  display_name   {NAME}     {NAME_HYPH}\n"
        "{DATE}  payout_wallet  -          {WALLET}"
    ),
    # CSV of an uploaded address book (contact sync)
    (
        "contact_name,phone,email,label\n"
        "{NAME},{PHONE},{EMAIL},mobile\n"
        "{NAME#2},{PHONE#2},,home\n"
        "{NAME_APOS},,{EMAIL#3},work\n"
        "{FIRST#2},{PHONE#3},,Dad"
    ),
    # raw email headers + body of a sextortion message forwarded to T&S
    (
        "Return-Path: <{EMAIL}>\n"
        "Received: from mail-sor-f41.google.com ([{IP}])\n"
        'From: "{NAME}" <{EMAIL}>\n'
        "To: {EMAIL#2}\n"
        "Date: {WEEKDAY}, {DATE} {TIME}\n"
        "Subject: you have 24 hours\n"
        "X-Originating-IP: [{IP#2}]\n"
        "\n"
        "I have the pictures. Send {AMOUNT} in BTC to {WALLET} or they go to everyone at {COMPANY}."
    ),
    # internal welfare-check request form
    (
        "WELFARE CHECK REQUEST - case {CASE}\n"
        "Subject: {NAME}\n"
        "DOB: {DOB}\n"
        "Last known address: {STREET}, {CITYSTATE}\n"
        "Phone on account: {PHONE}\n"
        "Last activity: {DATE} {TIME} from IP {IP}\n"
        'Trigger: livestream titled "last stream", ended abruptly\n'
        "Requesting agent: T&S on-call, ticket {TICKET}"
    ),
    # INI-style legal-process response sheet (kidnapping EDR)
    (
        "[request]\n"
        "agency_ref = {REF}\n"
        "received = {ISODATE} {TIME}\n"
        "type = Emergency Disclosure (kidnapping)\n"
        "\n"
        "[target_account]\n"
        "handle = {HANDLE}\n"
        "registered_name = {NAME_HYPH}\n"
        "registered_email = {EMAIL}\n"
        "verified_phone = {PHONE}\n"
        "\n"
        "[associated_account]\n"
        "handle = {HANDLE#2}\n"
        "name = {NAME}\n"
        "last_ip = {IP6}"
    ),
    # moderation appeal export with a free-text user statement (doxxing)
    (
        "appeal_id: {REF}\n"
        "user: {HANDLE}\n"
        "decision: upheld\n"
        'user_statement: "I only posted his number ({PHONE}) because he owes me {AMOUNT}. '
        'his real name is {NAME} and he lives on {STREET}, everybody knows it"\n'
        "reviewer_note: doxxing, strike 2 of 3, see ticket {TICKET}"
    ),
    # rideshare trip record CSV (header + one row)
    (
        "trip_id,requested_at,rider,rider_phone,driver,vehicle,pickup,dropoff,fare\n"
        "{REF},{DATE} {TIME},{NAME},{PHONE},{NAME#2},Toyota Camry silver,"
        '"{ADDRESS_LINE}","{ADDRESS_LINE#2}",{AMOUNT}'
    ),
    # group-chat text export with bracketed timestamps
    (
        "[{DATE}, {TIME}] {NAME}: is coach {LAST} still picking the girls up after practice\n"
        "[{DATE}, {TIME}] {NAME_HYPH}: yes he said meet at {STREET}\n"
        "[{DATE}, {TIME}] {NAME}: ok text me at {PHONE} if anything changes\n"
        "[{DATE}, {TIME}] {NAME_HYPH}: will do. his cell is {PHONE#2}"
    ),
    # markdown table from an abuse-report queue
    (
        "| reported_url | reporter | reporter_email | reason |\n"
        "|---|---|---|---|\n"
        "| {URL} | {HANDLE} | {EMAIL} | non-consensual imagery |\n"
        "| {URL#2} | {HANDLE#2} | {EMAIL#2} | impersonation of {NAME} |"
    ),
    # single-line key=value payout profile dump
    (
        'payout_profile uid={DIGITS10} legal_name="{NAME}" ssn={SSN} dob={DOB} card={CARD} '
        'addr="{ADDRESS_LINE}" status=frozen reason="EDR {CASE}"'
    ),
    # dating-app match export with messages
    (
        "Match export - {ISODATE}\n"
        "User A: {NAME_APOS}, born {DOB}, {HANDLE}, last GPS city {CITYSTATE}\n"
        "User B: {NAME}, {EMAIL}, phone {PHONE}\n"
        "Messages:\n"
        "B> come over, im at {STREET}\n"
        "A> ok whats the gate code\n"
        "B> {CODE}\n"
        "B> my roommate {FIRST#2} is out till {TIME}"
    ),
]

FRESH46_NEGATIVE = [
    # JSON fragment of a tenant-wide system notification
    (
        '"event": "password_policy_updated",\n'
        '"tenant": "{COMPANY}",\n'
        '"effective": "{ISODATE}",\n'
        '"min_length": 12,\n'
        '"message": "Passwords must include a Capital Letter and a Number. Contact Support if you have questions.",\n'
        '"client_version": "{VERSION}"'
    ),
    # CSV product catalog with brand names that look like people
    (
        "sku,name,brand,price,color\n"
        "{SKU},Eternity Eau de Parfum 100ml,Calvin Klein,{AMOUNT},n/a\n"
        "TH-20931-NVY,Classic Crew Sweater,Tommy Hilfiger,59.99,Navy\n"
        "BC-77120,Super Moist Yellow Cake Mix,Betty Crocker,2.49,n/a\n"
        "BJ-4410-PT,Cherry Garcia Pint,Ben & Jerry's,5.79,n/a"
    ),
    # public event listing (festival in a place named like a person)
    (
        "EVENT: Jackson Hole Film Festival - Opening Night\n"
        "Venue: Grand Teton Ballroom, Snow King Resort, Jackson, Wyoming\n"
        "When: {WEEKDAY} {DATE}, doors {TIME}\n"
        "Tickets: {AMOUNT} general admission, confirmation {CONF}\n"
        "Presented by {COMPANY}\n"
        "Accessibility: Elevator access via the Lincoln Wing"
    ),
    # INI config file with loopback address and release metadata
    (
        "[server]\n"
        "listen = 127.0.0.1:8080\n"
        "workers = 8\n"
        "\n"
        "[ratelimit]\n"
        "max_reports_per_hour = 120\n"
        "\n"
        "[release]\n"
        "version = {VERSION}\n"
        "build = {BUILD}\n"
        "channel = Stable\n"
        "owner_team = Trust Platform\n"
        'notes = "Fixes Crash On Launch for Galaxy S23 and Pixel 8 Pro"'
    ),
    # XML shipping notification with phone-shaped merchant order number
    (
        "<shipment_notice>\n"
        "  <order>{ORDER}</order>\n"
        "  <merchant_order_no>{DIGITS10}</merchant_order_no>\n"
        "  <item>Lincoln Logs Classic Cabin Set</item>\n"
        "  <origin>Memphis Distribution Center, Dock 12</origin>\n"
        "  <tracking>{TRACKING}</tracking>\n"
        "  <eta>{WEEKDAY}, {DATE}</eta>\n"
        "</shipment_notice>"
    ),
    # moderation queue entry for a news repost naming public places
    (
        "[MOD QUEUE] item={REF} priority=P3 category=misinformation\n"
        'post_text="BREAKING: Interstate 94 closed near Madison after a pileup, '
        'Wisconsin State Patrol says use Highway 51 instead"\n'
        "source=local news repost\n"
        "action=label_applied\n"
        "reviewer=queue-bot-7"
    ),
    # application log lines: IPv4-looking version string, phone-looking job id
    (
        "{ISODATE} {TIME} INFO updater: downloaded package 4.12.0.118 (build {BUILD})\n"
        "{ISODATE} {TIME} WARN worker-3: retry job 555-0142-7781 after timeout 30s\n"
        "{ISODATE} {TIME} INFO scheduler: ticket {TICKET} auto-closed after 14 days\n"
        "{ISODATE} {TIME} INFO health: region US-East OK, Frankfurt OK, Sao Paulo DEGRADED"
    ),
    # billing invoice export for a company account
    (
        "INVOICE {INVOICE}\n"
        "Bill to: {COMPANY}\n"
        "Date: {DATE}\n"
        "Line items:\n"
        "  Pro Plan (Annual) ........ {AMOUNT}\n"
        "  Extra Seats x5 ........... 250.00\n"
        "Payment: card ending {LAST4}, transaction {TXN}\n"
        "PO number: 2024-8841-5520\n"
        "Terms: Net 30"
    ),
    # support-ticket export from a business customer about UI features
    (
        "Ticket #{TICKET} | Status: Solved\n"
        "Requester org: {COMPANY}\n"
        "Subject: Dark Mode toggle missing after update {VERSION}\n"
        "Body: Since {WEEKDAY} the Settings > Privacy > Blocked Accounts page is blank in Safari. "
        "Works in Chrome and Firefox. Help Center article did not fix it.\n"
        "Agent: Platform Support Tier 2\n"
        "Macro applied: KB-7781 Clear Cache"
    ),
    # transparency-report table of government agencies
    (
        "Government requests report, published {DATE}\n"
        "| Country | Agency | Requests | Accounts | Disclosed |\n"
        "|---|---|---|---|---|\n"
        "| United States | Federal Bureau of Investigation | 1,204 | 1,877 | 81% |\n"
        "| United Kingdom | Metropolitan Police Service | 312 | 340 | 74% |\n"
        "| Germany | Bundeskriminalamt | 95 | 101 | 60% |"
    ),
    # form-schema export with placeholder values only
    (
        "--- Form schema export: Emergency Disclosure Request v3 ---\n"
        'field: requesting_officer_name | type: text | required: yes | placeholder: "First Last"\n'
        "field: badge_number | type: text | required: yes\n"
        'field: agency_email | type: email | placeholder: "name@agency.gov"\n'
        'field: callback_phone | type: tel | placeholder: "(000) 000-0000"\n'
        "field: subject_date_of_birth | type: date | format: MM/DD/YYYY\n"
        "last_modified: {ISODATE} by Legal Ops"
    ),
    # chat-ops channel export with @here mentions and bot names
    (
        "#ts-oncall [{TIME}] PagerBot: @here Sev2 opened, incident {CASE}\n"
        "#ts-oncall [{TIME}] PagerBot: Runbook: Escalation Matrix, step 4 (Notify Legal)\n"
        "#ts-oncall [{TIME}] StatusPage: Degraded Performance - Media Uploads (US-East)\n"
        "#ts-oncall [{TIME}] PagerBot: @channel incident {CASE} resolved, postmortem due {WEEKDAY}"
    ),
]


FRESH47_POSITIVE = [
    # texting with abbreviations: new number + handle sent to a friend addressed by first name
    (
        "yo {FIRST#2} its me, new # lol {PHONE} save it. also my snap got hacked "
        "so dm me at {HANDLE} not the old one ok"
    ),
    # voice-message transcript, no punctuation, keys left at a friend's street address
    (
        "[voice message 0:47 auto-transcribed] hey its {NAME} um so i left the keys with "
        "{NAME#2} at {STREET} so just go there after {TIME} and if nobody answers call me "
        "at {PHONE} okay love you bye"
    ),
    # gaming squad chat with a doxxing threat (address + IP)
    (
        "[Squad] {HANDLE}: gg ez\n"
        "[Squad] {HANDLE#2}: bro ur trash lol\n"
        "[Squad] {HANDLE}: keep talking i know where u live {ADDRESS_LINE}\n"
        "[Squad] {HANDLE#3}: chill wtf\n"
        "[Squad] {HANDLE}: ur ip is {IP} btw. see u irl"
    ),
    # dating-app chat moving off platform, first names as direct address
    (
        "Match: {FIRST#2}, 27\n"
        "{FIRST#2}: hiii ur cute 😊\n"
        "me: haha thx u too\n"
        "{FIRST#2}: lets get off this app, text me {PHONE} or my ig is {HANDLE}\n"
        "me: bet. im {NAME} btw\n"
        "{FIRST#2}: ok {FIRST} send ur addy ill pull up"
    ),
    # group chat export with party address and payment handle, evidence amounts/times
    (
        'Group "bday squad 🎉" (4 members)\n'
        "[{DATE} {TIME}] {NAME}: ok party at {NAME#2}s place, {ADDRESS_LINE}\n"
        "[{DATE} {TIME#2}] {NAME#3}: whos bringing drinks\n"
        "[{DATE} {TIME#3}] {NAME#2}: venmo me {AMOUNT} for the cake its {HANDLE}\n"
        "[{DATE} {TIME#4}] {NAME}: sent!!"
    ),
    # livestream chat replay where a viewer doxxes the streamer
    (
        'LIVE chat replay, stream "late night ranked grind"\n'
        "{HANDLE}: W stream\n"
        "{HANDLE#2}: {FIRST#2} say hi to me plsss\n"
        "{HANDLE#3}: she lives on {STREET} in {CITYSTATE} btw u can see it from the window lol\n"
        "{HANDLE#2}: bro wtf\n"
        "mod: timed out {HANDLE#3}"
    ),
    # suicide-risk text to a friend, lowercase and no caps
    (
        "{FIRST#2} pls dont be mad but i cant do this anymore. ive written everything down. "
        "tell my mom im sorry, shes at {PHONE}. my stuff is at {ADDRESS_LINE}. "
        "dont come looking 4 me"
    ),
    # sextortion DM with email, school url, wallet and victim name
    (
        "u better pay or i send the pics to everyone. i got ur moms email {EMAIL} and ur "
        "schools page {URL}. send {AMOUNT} in btc to {WALLET} by {TIME} {NAME} "
        "or its over"
    ),
    # group chat banter with a nickname, a minor's birthday and email
    (
        "lmaooo {FIRST#2} ur so dumb 😭 anyway tell {NAME} i said happy bday!! shes "
        "turning 16 right, born {DOB}? i got her email {EMAIL} so ill send the gift card "
        "there, order {ORDER}"
    ),
    # voicemail transcript threat, no punctuation, apostrophe name and city
    (
        "voicemail transcript from {PHONE} received {TIME} you think you can hide from me "
        "{NAME} i know you moved to {CITYSTATE} i know the car i know {NAME_APOS} drives you "
        "to work every morning from {STREET} see you soon"
    ),
    # teen profile bio with location, handles and birthday
    (
        "bio: just a girl who loves matcha 🍵 | {CITYSTATE} | sc: {HANDLE} | "
        "venmo {HANDLE#2} | dont msg me if ur over 20 | bday {DOB} 🎂"
    ),
    # grooming DM export on a gaming platform
    (
        "DM export, participants: {HANDLE}, {HANDLE#2}\n"
        "{HANDLE}: whats ur real name\n"
        "{HANDLE#2}: {NAME} y\n"
        "{HANDLE}: how old r u\n"
        "{HANDLE#2}: 13 lol\n"
        "{HANDLE}: cool add me on the other app, my number {PHONE}, dont tell ur parents ok\n"
        "{HANDLE}: also what school u go to"
    ),
    # SMS thread between two numbers, 'send loc' with an address
    (
        "SMS thread {PHONE} <-> {PHONE#2}\n"
        "{DATE} {TIME}: wya\n"
        "{DATE} {TIME#2}: at {FIRST#2}s crib lol\n"
        "{DATE} {TIME#3}: send loc\n"
        "{DATE} {TIME#3}: {ADDRESS_LINE} 🙃 dont tell anyone"
    ),
    # family group chat where mom posts an SSN and an email
    (
        "Family chat 👨‍👩‍👧\n"
        "Mom: {FIRST#2} did u fill out the fafsa yet\n"
        "{FIRST#2}: no i need ur ssn again\n"
        "Mom: its {SSN} dont post it anywhere lol\n"
        "Dad: THIS IS THE GROUP CHAT\n"
        "Mom: oops delete pls\n"
        "Dad: and use {EMAIL} for the login not mine"
    ),
    # gaming voice-chat transcript, no punctuation, about a child's identity
    (
        "[voice chat transcript lobby 4 auto-generated] yo whos that kid uh {HANDLE} yeah "
        "hes like ten his name is {NAME} he said he lives in {CITYSTATE} near the mall "
        "his moms number is {PHONE} lol i got it off his profile"
    ),
    # dating-app harassment log with hyphenated name, IP and meeting street
    (
        "Report attachment, chat log (dating app), case {CASE}\n"
        "{NAME_HYPH}: hey stranger\n"
        "reporter: who is this\n"
        "{NAME_HYPH}: we matched last wk, u said ur name was {FIRST#2}?\n"
        "reporter: how did u get my number\n"
        "{NAME_HYPH}: lol i have ur ip too {IP}. meet me at {STREET} tonight or i tell ur bf"
    ),
    # livestream tip alerts with creepy messages
    (
        "Tip alerts ({DATE})\n"
        '{HANDLE} tipped {AMOUNT}: "{FIRST#2} ur my wife now 💍"\n'
        '{HANDLE#2} tipped {AMOUNT#2}: "found ur old acct lol {URL}"\n'
        '{HANDLE#3} tipped {AMOUNT#3}: "say hi to ur sister {NAME_HYPH} for me, {EMAIL} right?"'
    ),
    # runaway-minor message with apostrophe name, parent name and insta
    (
        "ok so {NAME_APOS} just texted me from a new number {PHONE} saying shes at the bus "
        "station and has no money?? shes 15. her mom is {NAME} and idk her number. "
        "pls help. her insta is {HANDLE}"
    ),
    # in-game trade chat scam with wallet, handle, email and reference person
    (
        "[Trade] selling acc w/ 400 skins, pay {AMOUNT} in eth to {WALLET} then i send login. "
        "dm {HANDLE} or email {EMAIL}. legit, ask {NAME} he bought one lst wk"
    ),
    # informal profile export with IPv6, email, phone and dob
    (
        "profile.display_name: {FIRST#2} 🦋\n"
        "profile.about: dont be weird. 17. {CITYSTATE}\n"
        "profile.last_login_ip: {IP6}\n"
        "profile.linked_email: {EMAIL}\n"
        "profile.phone: {PHONE}\n"
        "profile.dob: {DOB}\n"
        "profile.app_version: {VERSION}"
    ),
    # voice-message transcript dictating a card number and an aunt's address
    (
        "voice msg transcript: babe its me my phone is dying so write this down card number "
        "is {CARD} use it to get the bus ticket to my aunts place its {ADDRESS_LINE} ask for "
        "{NAME} when u get there love u"
    ),
    # road-trip group chat with a multi-line address and first-name address
    (
        "gc: roadtrip crew 🚗\n"
        "{NAME}: if anything happens send help here lol\n"
        "{ADDRESS}\n"
        "{NAME#2}: why r u posting ur address in the gc 💀\n"
        "{NAME#2}: ok {FIRST#2} whatever\n"
        "{NAME}: also my number {PHONE} if u lose me at the gas station"
    ),
    # comments under a post identifying a student
    (
        "comments on post:\n"
        "{HANDLE}: {FIRST#2} is this u?? 😳\n"
        "{HANDLE#2}: omg thats {NAME} from {CITYSTATE} she goes to my school\n"
        "{HANDLE#3}: someone posted her number {PHONE} in the other thread\n"
        "{HANDLE}: reported it, ticket {TICKET}"
    ),
    # class group chat threat forwarded by a teacher, title + last name
    (
        'teacher forwarded this from the class chat: "mr {LAST} better not show up tmrw. '
        'check {URL} for the plan. {NAME} is in on it, hit him up {PHONE}"'
    ),
    # giveaway phishing in chat with someone else's SSN and card pasted
    (
        "hey {FIRST#2} its {NAME#2} from the giveaway 🎁 u won!! just need ur full name, "
        "ssn and card to ship it. {NAME#3} already sent hers: {SSN}, card {CARD} lol so its "
        "legit. reply to {EMAIL} before {WEEKDAY}"
    ),
]

FRESH47_NEGATIVE = [
    # TV-show chat mentioning a show, a fictional hospital and brand drinks
    (
        "omg did u watch Grey's Anatomy last night?? when they showed Grey Sloan Memorial "
        "at the end i was SOBBING 😭 anyway Stranger Things finale is {WEEKDAY} at {TIME}, "
        "watch party at mine? bring Doritos and Dr Pepper"
    ),
    # sports group chat betting on the Super Bowl
    (
        "Sunday Crew 🏈\n"
        "me: Chiefs by 10 easy\n"
        "bro: nah the Eagles D is cracked\n"
        "me: bet {AMOUNT}\n"
        "bro: done. Super Bowl at the Caesars Superdome {DATE}, kickoff {TIME} #FlyEaglesFly"
    ),
    # voice-message transcript about concert tickets, band names and an order number
    (
        "[voice message transcribed] yo so Green Day is playing Madison Square Garden on "
        "{DATE} tickets go live {WEEKDAY} at {TIME} on Ticketmaster my order number is "
        "{ORDER} so if it goes thru we're set and Pearl Jam might do a surprise set"
    ),
    # gaming party chat with @everyone, a game character skin and a match id
    (
        "[Party] gg\n"
        "[Party] who has the Master Chief skin\n"
        "[Party] me, it was in the Halo Infinite store for {AMOUNT}\n"
        "[Party] @everyone queue up for Big Team Battle at {TIME}\n"
        "[Party] patch {VERSION} nerfed the Needler lol\n"
        "[System] Match ID {DIGITS10} saved"
    ),
    # food poll naming restaurant brands that contain personal-looking names
    (
        "dinner poll 🍕: Little Caesars, Papa John's or Jersey Mike's? Wendy's closes at "
        "{TIME}. Papa John's app gave me code {CODE} for {AMOUNT} off, last order was {ORDER}"
    ),
    # Discord mod announcement with crisis hotline numbers and @here
    (
        "📌 @here reminder from the mods: if ur going thru it, call or text 988 (Suicide & "
        "Crisis Lifeline) or text HOME to 741741. Mental Health Awareness Month stream is "
        "{DATE} at {TIME}, proceeds go to the Trevor Project. love u all"
    ),
    # pet update chat with a dog name, breed, vet chain and sneakers
    (
        "new pup update 🐶 Biscuit is a Golden Retriever / Bernese mix, Banfield said 22 lbs "
        "at 4 months!! his Chewy autoship is order {ORDER}, tracking {TRACKING}. "
        "he ate my Jordans tho 💀"
    ),
    # weather group chat about a named hurricane with a federal hotline
    (
        "stay safe everyone!! Hurricane Milton landfall expected near Tampa Bay around {TIME} "
        "{WEEKDAY}. Publix is already out of water lol. FEMA helpline is 1-800-621-3362 if u "
        "need it, and the Red Cross shelter at the Tropicana Field lot is open"
    ),
    # livestream chat with bots and a game DLC
    (
        "[Nightbot] be nice in chat or u get timed out. commands: !socials !uptime !specs\n"
        "[StreamElements] sub goal {AMOUNT}/750 💜\n"
        "streamer: ok chat tonight we finish Shadow of the Erdtree, build {BUILD}, "
        "no spoilers pls\n"
        "[Nightbot] next giveaway at {TIME}"
    ),
    # dating-app-themed chat about apps, not people
    (
        'lol Hinge keeps saying "Your Most Compatible is waiting" 🙄 Bumble BFF is better '
        "honestly, found my whole book club there. Tinder Gold renews {DATE} so im cancelling, "
        "refund ref {REF}"
    ),
    # holiday travel chat with Grandma, O'Hare, Santa tracker and a confirmation number
    (
        "Christmas Eve at Grandma's this year 🎄 flight conf {CONF} lands at O'Hare {TIME} "
        "on {DATE}. NORAD Santa Tracker says he's over Anchorage already lol. "
        "Merry Christmas from Lake Forest 🎅"
    ),
    # rant about support with order/ticket numbers and a vanity support line
    (
        "bro Amazon support is useless, gave them order {ORDER} and ticket {TICKET} and they "
        "still wanted the last 4 of the card ({LAST4}). my Xbox Series X still says shipped, "
        "tracking {TRACKING}. calling 1-800-4MY-XBOX next lol"
    ),
]


FRESH48_POSITIVE = [
    # Patrol officer narrative: welfare check on a minor after a platform emergency disclosure
    (
        "On {DATE} at approximately {TIME}, I was dispatched to {ADDRESS_LINE} for a welfare check "
        "following an emergency disclosure from {COMPANY} (ref {REF}). I made contact with the "
        "reporting party, {NAME}, who identified herself as the mother of {FIRST#2}, age 14. "
        "{FIRST} stated her daughter had been messaging an adult male using the handle {HANDLE} "
        "and had left the residence on foot around {TIME#2}. {FIRST} provided her cell number, "
        "{PHONE}, and consented to a search of the bedroom."
    ),
    # First-person victim statement about an ex-partner's threats
    (
        "My name is {NAME} and I am making this statement voluntarily. I live at {STREET}, {CITYSTATE} "
        "with my two kids. Since {DATE} my ex-boyfriend {NAME#2} has been calling me from {PHONE} and "
        "from a blocked number. Last night at {TIME} he sent a message to my email {EMAIL} that said he "
        "knows which school the kids go to and that I should 'watch the door'. I am afraid for my safety. "
        "I have screenshots saved."
    ),
    # Witness statement form with header fields, store clerk sees a possible abducted girl
    (
        "WITNESS STATEMENT - CASE {CASE}\nName: {NAME_HYPH}\nDOB: {DOB}\nHome phone: {PHONE}\n"
        "Email: {EMAIL}\n\nI was working the counter at {COMPANY} on {WEEKDAY} when a white sedan pulled "
        "up. A girl who looked about 12 got out and asked to use the phone. She said a man named {FIRST#2} "
        "would not let her go home. The driver honked twice and she got back in. I wrote down part of the plate."
    ),
    # CAD dispatch log for a suicide threat with a firearm
    (
        "CAD INCIDENT {CASE}  PRI 1  TYPE: 10-56A SUICIDE THREAT\n"
        "{TIME}  CALL RCVD 911 FROM {PHONE}  RP {LAST}, {FIRST}\n"
        "{TIME#2}  LOC {ADDRESS_LINE}\n"
        "{TIME#3}  RP ADV BROTHER {NAME#2} LOCKED IN GARAGE W/ FIREARM, TEXTED GOODBYE TO RP\n"
        "{TIME#4}  ALT CB {PHONE#2}\n"
        "{TIME#5}  UNITS 2A14 2A21 ENRT CODE 3\n"
        "{TIME#6}  2A14 ON SCENE, RP MEETING AT FRONT"
    ),
    # 988 Lifeline chat counselor note with active rescue
    (
        "988 Lifeline contact note - chat - counselor ID {CODE}\n"
        "Visitor identified as {FIRST}, 16, chat handle {HANDLE}, connecting from {IP}. Reports taking "
        "approx. 30 of her mother's pills at {TIME}. Refused to give address at first; later stated she "
        "is at her grandmother's house at {STREET}, {CITYSTATE}. Grandmother {NAME#2} reachable at "
        "{PHONE}. Active rescue initiated, PSAP notified, ticket {TICKET}."
    ),
    # Ex parte protective-order excerpt with multi-line residence address
    (
        "ORDER OF PROTECTION (EX PARTE) - Docket {CASE}\n"
        "Petitioner: {NAME}\nRespondent: {NAME_APOS}  DOB: {DOB}\n\n"
        "IT IS ORDERED that Respondent shall not come within 500 feet of Petitioner's residence located at:\n"
        "{ADDRESS}\nnor Petitioner's place of employment, {COMPANY}. Respondent shall not contact Petitioner "
        "by telephone, including {PHONE}, by email, including {EMAIL}, or through any social-media account, "
        "including {HANDLE}. This order expires {DATE}."
    ),
    # School resource officer report on a shared intimate image
    (
        "SCHOOL RESOURCE OFFICER REPORT  Incident {CASE}  {DATE}\n"
        "At {TIME} the assistant principal advised me that student {NAME} (DOB {DOB}) had reported a nude "
        "image of her being circulated in a group chat. The image was posted by the account {HANDLE}, which "
        "students say belongs to {NAME#2}, a junior. I contacted the victim's father, {NAME#3}, at {PHONE} "
        "and he responded to the school. Screenshots were emailed to me from {EMAIL}."
    ),
    # Missing-child flyer shared by family
    (
        "MISSING CHILD\n\n{NAME}\nDate of birth: {DOB}\nHeight 4'11\", 90 lbs, brown hair, braces\n\n"
        "Last seen {WEEKDAY} {DATE} around {TIME} leaving {STREET}, {CITYSTATE}.\n"
        "She may be with {NAME#2}, an adult she met online through the account {HANDLE}.\n"
        "If you see her, call 911 or her aunt {FIRST#2} at {PHONE}. Please share."
    ),
    # Evidence/property log from a search warrant, wallet and card items
    (
        "EVIDENCE / PROPERTY LOG  Case {CASE}\n"
        "Item 001  Black smartphone, cracked screen. Recovered from {NAME} at {ADDRESS_LINE}. Sealed bag {REF}.\n"
        "Item 002  Hardware wallet, label reads '{WALLET}'. Owner per suspect: {NAME#2}.\n"
        "Item 003  Sticky note with handwritten email {EMAIL} and password.\n"
        "Item 004  Prepaid debit card {CARD}, exp 09/27.\n"
        "Collected {DATE} {TIME} by the case detective (badge {CODE}). Transferred to lab {ISODATE}."
    ),
    # Online tip-line submission, lowercase tipster text with profile link
    (
        "ONLINE TIP #{TICKET}\nSubmitted: {ISODATE} {TIME}\nSubmitter name: {NAME}\n"
        "Submitter email: {EMAIL}\nSubmitter IP: {IP6}\n\n"
        "Tip text: there is a guy on the app going by {HANDLE} who is asking 13yo girls for pics and "
        "offering gift cards. i think his real name is {NAME#2} he posted a pic of his truck outside "
        "{STREET} in {CITYSTATE}. his profile links to {URL}"
    ),
    # Provider's response to an emergency disclosure request with subscriber records
    (
        "Response to Emergency Disclosure Request {REF}\nAccount: {HANDLE}\n"
        "Subscriber name: {NAME}\nDate of birth (user-supplied): {DOB}\nVerified email: {EMAIL}\n"
        "Verified phone: {PHONE}\nAccount created {ISODATE} from IP {IP}\nMost recent logins:\n"
        "  {ISODATE#2} {TIME} UTC  {IP#2}\n  {ISODATE#3} {TIME#2} UTC  {IP6}\n"
        "No further records were located. Contact {COMPANY} Law Enforcement Response, ticket {TICKET}."
    ),
    # Chat excerpt attached to a stalking/kidnapping threat report
    (
        "[{TIME}] {HANDLE}: u think blocking me works? i know u moved to {STREET}\n"
        "[{TIME#2}] {HANDLE#2}: leave me alone {FIRST}\n"
        "[{TIME#3}] {HANDLE}: tell ur mom {FIRST#2} i'll be outside at 9\n"
        "[{TIME#4}] {HANDLE}: and i got ur new number {PHONE} so dont bother changing it again"
    ),
    # Teen sextortion victim statement taken by phone, crypto payment demand
    (
        "Statement of {NAME}, taken by phone {DATE}.\n"
        "I'm 15. Someone who said she was a girl named {FIRST#2} added me on Instagram from {HANDLE}. "
        "We traded pics and then the account said if I didn't send {AMOUNT} in bitcoin to {WALLET} they "
        "would send the pics to my followers and my mom's email {EMAIL}. They already sent one to my friend "
        "{NAME#2}. I sent {AMOUNT#2} from my brother's card {CARD} on a gift card site."
    ),
    # Supplemental arrest narrative with identifiers from a records check
    (
        "SUPPLEMENTAL NARRATIVE\nThe subject was detained without incident and identified by state ID as "
        "{NAME}, DOB {DOB}, SSN {SSN}. A records check showed an active warrant (case {CASE}). The subject's "
        "phone, number {PHONE}, received several messages during transport from a contact saved as "
        "'{FIRST#2}'. Subject stated he was staying with his cousin {NAME_HYPH} at {ADDRESS_LINE}."
    ),
    # Elder financial exploitation referral from adult protective services
    (
        "ELDER FINANCIAL EXPLOITATION REFERRAL\nVictim: {NAME}, born {DOB}, residing at\n{ADDRESS}\n"
        "Suspected caregiver: {NAME#2}, {PHONE}\n"
        "Between {DATE} and {DATE#2} the victim's card {CARD} was used for {AMOUNT} at {COMPANY} "
        "(order {ORDER}) and {AMOUNT#2} in wire transfers (txn {TXN}). The victim's SSN {SSN} was used "
        "to open a new line of credit."
    ),
    # Spanish-language domestic violence hotline intake note
    (
        "Notas de llamada / DV hotline intake {TICKET}\n"
        "La víctima, {NAME}, llamó a las {TIME}. Dice que su pareja {NAME#2} le quitó el teléfono y la "
        "amenazó con llevarse a los niños a otro estado. Número seguro para devolver la llamada: {PHONE}. "
        "Dirección: {ADDRESS_LINE}. No quiere que se llame a la policía todavía. Correo seguro: {EMAIL}."
    ),
    # School counselor's urgent email to police about online grooming
    (
        "From: {EMAIL}\nTo: {EMAIL#2}\nSent: {WEEKDAY}, {DATE} {TIME}\nSubject: URGENT - student safety concern\n\n"
        "Officer, this morning one of our 8th graders, {NAME}, showed a friend a message from an adult "
        "telling her to meet him after school at the gas station on {STREET}. The adult's number in her "
        "phone is {PHONE}. Her guardian is {NAME#2}. Please call me as soon as you can.\n\n"
        "{NAME#3}\nSchool Counselor\n{PHONE#2}"
    ),
    # Trust & Safety user report of a school-shooting threat with profile fields
    (
        "User report {TICKET} - violent threat against school\n"
        "Reported account: {HANDLE}  Profile URL: {URL}\n"
        'Bio: "{FIRST} | 17 | {CITYSTATE} | snap {HANDLE#2}"\n'
        'Post text ({ISODATE} {TIME}): "nobody at west high is gonna laugh tomorrow. bringing my dads ar"\n'
        "Signup email {EMAIL}; last IP {IP}; device build {BUILD}."
    ),
    # Login-history CSV from a legal-process return
    (
        "Login history for {EMAIL} (requested under {REF})\n"
        "timestamp,ip,user_agent\n"
        "{ISODATE} {TIME},{IP6},Android {VERSION}\n"
        "{ISODATE#2} {TIME#2},{IP},Android {VERSION}\n"
        "{ISODATE#3} {TIME#3},{IP#2},Chrome\n"
        "Recovery phone: {PHONE}. Display name on account: {NAME_APOS}."
    ),
    # Attempt-to-locate bulletin for a parental abduction
    (
        "ATTEMPT TO LOCATE - PARENTAL ABDUCTION\n"
        "Non-custodial parent {NAME_HYPH} failed to return child {FIRST#2} (born {DOB}) after a scheduled "
        "visit on {DATE}. Custodial parent {NAME} reports the suspect has family at {ADDRESS_LINE} and may "
        "be driving toward the border. Suspect cell {PHONE}, last pinged {TIME}. Suspect posted "
        "'{FIRST#2} and me on a road trip!!' from {HANDLE}."
    ),
    # Trust & Safety escalation for an imminent self-harm livestream
    (
        "T&S ESCALATION - IMMINENT SELF-HARM - {TICKET}\n"
        "Account {HANDLE} livestream at {TIME} showed user with ligature; stream ended {TIME#2}.\n"
        "Account email: {EMAIL}\nPhone on file: {PHONE}\nLast IP: {IP}\n"
        "Emergency contact from profile: {NAME} ({PHONE#2})\n"
        "Shipping address from a marketplace purchase (order {ORDER}): {ADDRESS_LINE}\n"
        "Sent to PSAP for welfare check; case {CASE}."
    ),
    # Forensic interview transcript (Q/A) with a child grooming victim
    (
        "Q: For the recording, state your full name.\nA: {NAME}.\nQ: And your date of birth?\nA: {DOB}.\n"
        "Q: Where are you staying right now?\nA: With my aunt, {STREET}, {CITYSTATE}.\n"
        "Q: Who is the person you've been talking to on the game?\nA: He says his name is {FIRST#2}. "
        "His gamertag is {HANDLE} and he gave me his number, {PHONE}.\n"
        "Q: Did he ever send you anything?\nA: A link, {URL}, and {AMOUNT} on a gift card."
    ),
    # Pipe-delimited field interview card
    (
        "FIELD INTERVIEW | {DATE} {TIME} | BEAT 7\n"
        "SUBJ: {LAST}, {FIRST} | DOB {DOB} | ADDR {STREET}, {CITYSTATE}\n"
        "PH {PHONE} | IG {HANDLE} | SSN {SSN}\n"
        "ASSOC: {NAME#2}, {NAME_APOS}\n"
        "NOTES: subj loitering near middle school bus stop, stated he was waiting for a friend."
    ),
    # Mobile forensic extraction report, contacts CSV excerpt
    (
        "Extraction report - device 2 - Contacts (partial)\n"
        "Name,Mobile,Email,Notes\n"
        '{NAME},{PHONE},{EMAIL},"met at park"\n'
        "{NAME_APOS},{PHONE#2},{EMAIL#2},\n"
        '{FIRST#2} babysitter,{PHONE#3},,"{STREET}"\n'
        'Crypto,,,"{WALLET}"'
    ),
    # Sworn neighbor declaration supporting a child-welfare petition
    (
        "DECLARATION OF {NAME}\n\nI, {NAME}, residing at\n{ADDRESS}\ndeclare as follows:\n"
        "1. I am the neighbor of the respondent, {NAME#2}.\n"
        "2. On {DATE} at about {TIME} I heard a child screaming from the respondent's apartment and saw "
        "{FIRST#2}, about 6 years old, on the balcony without shoes.\n"
        "3. The respondent later sent me a threatening message from {EMAIL} and posted my photo at {URL}.\n"
        "I declare under penalty of perjury that the foregoing is true and correct."
    ),
]

FRESH48_NEGATIVE = [
    # Department policy memo on routing emergency disclosure requests (titles, statute numbers)
    (
        "MEMORANDUM\nTO: All Sworn Personnel\nFROM: Office of the Chief of Police\nDATE: {DATE}\n"
        "RE: General Order {REF} - Emergency Disclosure Requests to Online Providers\n\n"
        "Effective {WEEKDAY}, all emergency disclosure requests must be routed through the Real Time Crime "
        "Center. Requests must cite 18 U.S.C. 2702(b)(8) and describe the specific danger of death or serious "
        "physical injury. A Sergeant or above must approve each request in the Records Management System. "
        "Submissions received after {TIME} go to the overnight Watch Commander."
    ),
    # Training bulletin on sextortion with public hotline numbers
    (
        "TRAINING BULLETIN {VERSION} - Sextortion of Minors\n"
        "Sextortion cases have risen sharply. Officers should: (1) tell the victim not to pay; (2) preserve "
        "usernames, URLs and payment requests by screenshot before the account is reported; (3) submit a "
        "report to the NCMEC CyberTipline (1-800-843-5678) and point families to Take It Down for hash-based "
        "removal. Refer victims in crisis to the 988 Suicide & Crisis Lifeline or have them text HOME to "
        "741741. Roll-call quiz answers are due {DATE}."
    ),
    # Press release naming officials by title and counties that look like surnames
    (
        "FOR IMMEDIATE RELEASE - {DATE}\n"
        "The Sheriff, the District Attorney and the U.S. Attorney for the Eastern District announced the "
        "results of Operation Safe Harbor, a four-day operation targeting online predators in Jackson and "
        "Madison counties. Fourteen adults were arrested and three children were recovered. The Governor "
        "praised the Internet Crimes Against Children Task Force and Homeland Security Investigations. "
        "Media inquiries: Public Information Office, weekdays until {TIME}."
    ),
    # Juvenile court calendar listing departments and case numbers only
    (
        "SUPERIOR COURT - JUVENILE DIVISION\nCALENDAR FOR {WEEKDAY}, {DATE}\n"
        "Department 12, Courtroom 4B - Presiding Judge\n\n"
        "8:30 AM   {CASE}   Detention hearing (sealed)\n"
        "9:00 AM   {CASE#2}   Restraining order review - continued from {ISODATE}\n"
        "10:30 AM  {CASE#3}   Dependency jurisdiction/disposition\n"
        "1:30 PM   Department 14 - Commissioner assigned\n"
        "Interpreters for Spanish, Vietnamese and ASL available on request. Courtroom doors close at {TIME}."
    ),
    # Road-closure notice with streets and a park named after public figures
    (
        "ROAD CLOSURE NOTICE\nWashington Avenue will be closed between Lincoln Boulevard and Grant Street on "
        "{WEEKDAY}, {DATE}, from {TIME} to {TIME#2} for the Fallen Officers Memorial Procession. Detours will "
        "be posted via Jefferson Street and Martin Luther King Jr. Drive. Parking at Victoria Park will be "
        "limited. Event reference {REF}."
    ),
    # CAD log for a false alarm: radio call signs, alarm company, phone-length account number
    (
        "CAD EVENT {CASE}  {ISODATE}\n"
        "{TIME}  ALARM CO {COMPANY} RPTS PANIC ALARM, ACCT {DIGITS10}\n"
        "{TIME#2}  1-ADAM-12 AND 1-KING-7 ENRT CODE 2\n"
        "{TIME#3}  1-ADAM-12 OS, BLDG SECURE, FALSE ALARM\n"
        "{TIME#4}  ALARM CO ADV KEYHOLDER ENRT, ETA 20 MIN\n"
        "{TIME#5}  CLR, DISPO: FA, RPT NOT REQ"
    ),
    # Property receipt listing brand-name items, currency and SKUs
    (
        "PROPERTY RECEIPT  Case {CASE}\n"
        "Item 1  Apple iPhone 14 Pro, Deep Purple, in Faraday bag, seal {REF}\n"
        "Item 2  U.S. currency, {AMOUNT}\n"
        "Item 3  Walmart gift cards (6), SKU {SKU}, receipt invoice {INVOICE}\n"
        "Item 4  Dell laptop, service tag removed, OS build {BUILD}\n"
        "Received by Property Unit {ISODATE} {TIME}. Disposition: HOLD FOR COURT."
    ),
    # Provider's internal EDR tracking entry naming an agency and statute
    (
        "Emergency Disclosure Request {TICKET}\nReceived: {ISODATE} {TIME}\n"
        "Requesting agency: Federal Bureau of Investigation, Crimes Against Children and Human Trafficking Unit\n"
        "Basis: imminent risk to a minor; 18 U.S.C. 2702(c)(4)\n"
        "Status: fulfilled within 47 minutes; records produced under reference {REF}.\n"
        "Reviewer note: request form was missing the supervisor signature block; accepted per policy {VERSION}."
    ),
    # Crisis-line shift handoff with program, hospital and church names
    (
        "Crisis line shift handoff - {WEEKDAY} overnight\n"
        "Volume: 62 calls, 19 chats, 7 texts. Two active rescues coordinated with county PSAPs (tickets "
        "{TICKET} and {TICKET#2}).\nReminders: Mobile Crisis Team covers the north county until {TIME}. "
        "The Veterans Crisis Line is 988 then press 1. Project Hope peer group moves to St. Mary's Hospital, "
        "Conference Room B, starting {DATE}. Grace Community Church food pantry referrals continue as usual."
    ),
    # AMBER Alert cancellation with place names and highway mile marker
    (
        "AMBER ALERT CANCELLATION\nThe AMBER Alert issued {DATE} at {TIME} for a 7-year-old child abducted "
        "from Jackson County has been cancelled. The child was located safe in Carson City and the suspect "
        "vehicle, a silver Honda Odyssey, was stopped on Interstate 80 at mile marker 142. Case {CASE}. "
        "Thank you to the public and to the Highway Patrol."
    ),
    # School resource officer monthly summary naming schools after presidents
    (
        "SRO MONTHLY SUMMARY - {DATE}\nJefferson Middle School / Madison Elementary / Roosevelt High School\n"
        "Vape citations: 3. Threat assessments: 1 (case {CASE}, resolved). Parent meetings: 4. "
        'Presented "Think Before You Post" to 7th grade in the Lincoln Auditorium on {WEEKDAY}. '
        "Reminder to staff: report concerning posts through the SafeSchools portal and reference the incident "
        "number, not the student."
    ),
    # Trust & Safety ticket on a brand-impersonation refund scam (company, order, tracking ids)
    (
        "T&S ticket {TICKET} - impersonation / refund scam\n"
        "An account using the logo of {COMPANY} is telling users their order {ORDER} was held and asking them "
        "to reply with verification code {CODE}. Merchant ID {DIGITS10}. Real carrier tracking {TRACKING} shows "
        "delivered. Refund of {AMOUNT} issued under invoice {INVOICE}, confirmation {CONF}. No victim data "
        "involved; account disabled {ISODATE} {TIME}."
    ),
]


FRESH49_POSITIVE = [
    # OCR of an iMessage screenshot: misread characters, contact name in header, sextortion demand with wallet
    (
        "iMessage  {TIME}\n< {FIRST} {LAST}\nhey its me, new nurnber is {PHONE}\n"
        "send the m0ney to\n{WALLET}\nb4 {WEEKDAY} or I p0st the pics\nRead {TIME}"
    ),
    # OCR of a profile page where the display name wraps onto two lines
    (
        "Profi1e\n{FIRST}\n{LAST}\n{HANDLE} · Joined {DATE}\nB0rn {DOB}\n"
        "Lives in {CITYSTATE}\nContact: {EMAIL}\n12 posts · 340 fo1lowers"
    ),
    # ALL-CAPS threat post naming the target and their home address
    (
        "I KNOW WHERE YOU LIVE {NAME} — {ADDRESS_LINE}. SEE YOU {WEEKDAY} NIGHT. "
        "IF YOU WANT TO TALK CALL ME {PHONE} OR DONT, YOUR CHOICE"
    ),
    # Spanish-English code-switching chat passing a minor's address and birthday
    (
        "oye {FIRST} ya le mande el address a {NAME#2}:\n{ADDRESS}\n"
        "she said she's 14, her bday es {DOB}, no le digas a nadie porfa 🤫 mi cel {PHONE}"
    ),
    # Emoji-heavy birthday post about a child with handles
    (
        "🎉🎂 HAPPY BDAY to my baby girl {FIRST} 🎂🎉 born {DOB} 💕 can't believe she's 13 😭😭 "
        "follow her {HANDLE} 💖 gifts via venmo {HANDLE#2} 🙏 #blessed #13"
    ),
    # Photo caption naming people at a company party, with tags
    (
        "📸: {NAME} and {NAME_HYPH} at the {COMPANY} holiday party, {DATE}. "
        "Tag yourselves!! {HANDLE} {HANDLE#2} 🥂✨"
    ),
    # Copy-pasted group member list: usernames next to real names
    (
        "Members (4)\n{HANDLE} ({NAME})\n{HANDLE#2} ({NAME_APOS})\n"
        "{HANDLE#3} — {FIRST#3} {LAST#3}\nAdmin: {NAME#4} · {EMAIL}"
    ),
    # Copy-pasted lock-screen notification stack
    (
        "Messenger • now\n{NAME}: u still at {STREET}??\nMessenger • 2m ago\n{NAME}: answer me\n"
        "Phone • {TIME}\nMissed call from {PHONE}\nGmail • {TIME#2}\n"
        "{EMAIL#2} — Re: Order #{ORDER} shipped"
    ),
    # OCR of a photographed paper form with misread labels
    (
        "APPL1CATI0N F0RM\nNarne: {NAME}\nD.0.B {DOB}    S5N {SSN}\nAddre ss:\n{ADDRESS}\n"
        "Ph0ne {PHONE}\nEmai| {EMAIL}\nSignature ______  Date {DATE}"
    ),
    # ALL-CAPS suicide-risk post naming a relative and her number
    (
        "IM DONE. TELL {FIRST} IM SORRY. MY MOM IS {NAME} HER NUMBER IS {PHONE}. "
        "IM PARKED BY THE RIVER OUTSIDE {CITYSTATE}. DONT LOOK FOR ME"
    ),
    # Spanish-language kidnapping alert post with emojis
    (
        "se llevaron a mi hija {NAME} 😭😭 en una camioneta gris, ultima vez vista en {STREET}, "
        "{CITYSTATE} a las {TIME}. nacida el {DOB}. cualquier info llamen al {PHONE} "
        "o DM {HANDLE} 🙏🙏 #AlertaAmber"
    ),
    # OCR of a payment dispute screenshot with cardholder data and login IP
    (
        "Payment fai1ed\nCardho1der: {NAME}\nCard no. {CARD}\nBilling: {ADDRESS_LINE}\n"
        "IP {IP}\nAmount {AMOUNT}   Ref {REF}\nTxn {TXN}"
    ),
    # OCR'd login history table from an account export
    (
        "LOGIN HISTORY\n{ISODATE} {TIME}   {IP}   iPhone\n{ISODATE#2} {TIME#2}   {IP6}   Chrome/Win\n"
        "acct ernail: {EMAIL}\nrecovery ph: {PHONE}\nticket {TICKET}"
    ),
    # Sextortion message with broken line wraps, wallet on its own line
    (
        "I have y0ur vid3os. Pay {AMOUNT} in BTC to\n{WALLET}\nor I send to {FIRST} and {FIRST#2} "
        "and everyone on y\nour list. I know u go to school near {CITYSTATE}. reply at {EMAIL}"
    ),
    # OCR of a missing-child flyer with the name split over two lines
    (
        "MISSING\n{FIRST}\n{LAST}\nAge 15 · DOB {DOB}\nLast seen {DATE} near\n{ADDRESS_LINE}\n"
        "If seen call {PHONE}\nCase {CASE}"
    ),
    # Comment thread doxxing someone's sister, with link and handles
    (
        "{HANDLE} 😂😂 bro look at this {URL}\n↳ {HANDLE#2}: thats {NAME}'s sister lol she lives on "
        "{STREET} 💀\n↳ {HANDLE}: drop her snap 👀"
    ),
    # Emoji-separated teen bio
    (
        "BIO: 🌸 {FIRST} 🌸 | 16 | 🎂 {DOB} | 📍{CITYSTATE} | snap: {HANDLE} | 💌 {EMAIL} | "
        "taken by {HANDLE#2} 💍"
    ),
    # Code-switching family chat export with timestamps
    (
        "[{DATE} {TIME}] {NAME}: mija pásame el numero de tu tía\n"
        "[{DATE} {TIME#2}] {NAME#2}: es {PHONE} pero no contesta\n"
        "[{DATE} {TIME#3}] {NAME}: ok y la dirección? vamos para allá\n"
        "[{DATE} {TIME#4}] {NAME#2}: {ADDRESS_LINE}"
    ),
    # OCR of a forwarded extortion email with garbled header labels
    (
        "Fr0m: {NAME} <{EMAIL}>\nT o: {EMAIL#2}\nSent: {WEEKDAY}, {DATE} {TIME}\n"
        "Subject: RE: lnvoice {INVOICE}\n\nif you dont pay the {AMOUNT} by friday ill show up at\n"
        "{ADDRESS}\nand your wife {FIRST#2} still knows nothing"
    ),
    # Memorial post with apostrophe name, vigil location and donation link
    (
        "RIP {NAME_APOS} 🕊️💔 gone too soon. vigil {WEEKDAY} {TIME} at her moms house {STREET}. "
        "Donations: {URL} or cashapp {HANDLE} 🙏"
    ),
    # Notification stack of a phishing SMS quoting the victim's SSN
    (
        "SMS • {TIME}\nIRS: {NAME} your refund of {AMOUNT} is on hold. verify SSN {SSN} at {URL}\n"
        "SMS • {TIME#2}\nreply from {PHONE}: who is this??"
    ),
    # OCR text with a wrapped word and hyphenated surname, grooming/stalking context
    (
        "he gave me her add ress its\n{STREET}\nand her ph0ne {PHONE} her name is {NAME_HYPH} she\n"
        "works at {COMPANY} till {TIME} most nights"
    ),
    # ALL-CAPS user report: handle plus real name, IP leaked
    (
        "REPORTED USER {HANDLE} (REAL NAME {NAME}) POSTED MY IP {IP} AND SAID HES COMING TO "
        "{CITYSTATE}. HIS OTHER ACCOUNT IS {HANDLE#2}. REPORT ID {REF}"
    ),
    # vCard contact pasted from an export
    (
        "BEGIN:VCARD\nFN:{NAME}\nTEL;CELL:{PHONE}\nTEL;HOME:{PHONE#2}\nEMAIL:{EMAIL}\n"
        "ADR:;;{ADDRESS_LINE}\nBDAY:{DOB}\nURL:{URL}\nEND:VCARD"
    ),
    # Emoji-laden grooming DM to a minor
    (
        "hey cutie 😘 ur {FIRST} right? from {CITYSTATE}? im {NAME#2}, 19 lol. add me on the other app "
        "{HANDLE} or text {PHONE} 🤫 dont tell ur mom ok 💕"
    ),
]

FRESH49_NEGATIVE = [
    # OCR of a restaurant menu with dish and drink names that look like people
    (
        "D1NNER MENU\nEggs Benedict ........ {AMOUNT}\nCaesar Sa1ad ........ {AMOUNT#2}\n"
        "Chicken Marsala ..... {AMOUNT#3}\nTom Collins ......... {AMOUNT#4}\n"
        "Shirley Temple (kids) {AMOUNT#5}\nOpen {WEEKDAY}-Sun till {TIME}\nParties of 8+ add 18% gratuity"
    ),
    # OCR of a church bulletin naming saints and streets
    (
        "ST. MARY MAGDALENE PARISH\nWeekly Bu1letin — {DATE}\nFeast of St. Francis of Assisi · Mass {TIME}\n"
        "Confessions in the St. Joseph chapel\nOverflow parking on Washington St. and Lincoln Ave.\n"
        "Food drive for the St. Vincent de Paul Society\nLast week's collection: {AMOUNT}"
    ),
    # ALL-CAPS sports score graphic
    (
        "FINAL: LAKERS 112  CELTICS 108\nTOP SCORER #23 — 31 PTS 9 REB\n"
        "NEXT: {WEEKDAY} {TIME} VS WARRIORS @ CHASE CENTER\nTICKETS FROM {AMOUNT}"
    ),
    # OCR of an app-store listing
    (
        "Safe Walk - Family Locator\n{COMPANY}\n4.6 ★★★★☆ 12K Ratings\nVersion {VERSION} (Build {BUILD})\n"
        "What's New: fixed crash when sharing location with Apple Watch\nIn-App Purchases: Premium {AMOUNT}\n"
        "Category: Navigation · Age Rating 4+\nSize 84.2 MB · Compatible with iPhone, iPad"
    ),
    # Recipe card with apostrophe brand names
    (
        "GRANDMA'S SUNDAY CHILI\nServes 6 · Prep 20 min\n2 lb ground beef\n1 can Bush's beans\n"
        "1 tbsp Frank's RedHot\n1/2 cup Jack Daniel's\nTop with Pepper Jack\nPairs w/ Dr Pepper"
    ),
    # OCR of a community concert flyer with broken wraps
    (
        "FREE COMMUNITY CON\nCERT\nLincoln Park Bandshell\n{WEEKDAY} {DATE} · {TIME}\n"
        "Featuring the Riverside Jazz Band + Grace Church Choir\nFood trucks: Taco Loco, Big Mike's BBQ\n"
        "Sponsored by {COMPANY}"
    ),
    # Spanish-English emoji promo post from a taqueria
    (
        "🔥🔥 PROMO DE HOY 🔥🔥 2x1 en tacos al pastor 🌮🌮 solo {WEEKDAY} hasta las {TIME} 😋 "
        "pide por Uber Eats o DoorDash 📲 usa el código {CODE} ✨ Gracias San Judas Tadeo 🙏 "
        "#TacoTuesday #LosAngeles"
    ),
    # Copy-pasted notification stack with only service notices
    (
        "Amazon • {TIME}\nYour package with order {ORDER} was delivered\nChase • {TIME#2}\n"
        "A charge of {AMOUNT} at Whole Foods Market was approved (card ending {LAST4})\n"
        "Uber • {TIME#3}\nYour Uber Eats order is on the way\n"
        "Weather • Flood Watch for Harris County until {TIME#4}"
    ),
    # OCR of a store receipt with long phone-like numbers
    (
        "TARGET\nSTORE T-1842  REG 04  TRAN {TXN}\n{DATE}  {TIME}\nGOOD&GATHER MILK   {AMOUNT}\n"
        "SKU {SKU}\nORDER {DIGITS10}\nREF# {REF}   AUTH C0DE {CODE}\nINV {INVOICE}\n"
        "CASHIER: SELF CHECKOUT\nTHANK YOU FOR SHOPPING AT TARGET"
    ),
    # ALL-CAPS traffic alert naming roads and public agencies
    (
        "BREAKING: I-95 NORTHBOUND CLOSED AT EXIT 14 AFTER TRACTOR-TRAILER FIRE. MARYLAND STATE POLICE "
        "ADVISE USING ROUTE 1. GOVERNOR'S OFFICE TO HOLD PRESSER AT {TIME}. MORE AT 11."
    ),
    # Trust & Safety ticket header with OCR noise and only case identifiers
    (
        "Ticket {TICKET} · Case {CASE}\nStatus: Escalated to Lega1\n"
        "Requestinq agency: County Sheriff's Office, Crimes Against Children Unit\n"
        "Preservation request received {ISODATE} {TIME}\nConfirmation {CONF}\nCourier tracking {TRACKING}\n"
        "Notes: account already disabled per policy 4.2; no content attached."
    ),
    # Emoji post quoting a song title that contains a name
    (
        "🎶 Hey Jude, don't make it bad 🎶 dad's favorite song 🥹 Beatles tribute night at the "
        "Hard Rock Cafe {WEEKDAY} 🎸 tix {AMOUNT} #ThrowbackThursday"
    ),
]


# fresh50/51: written by two helpers that saw no rule, test or earlier set, with people's names drawn from many
# origins (WORLD_NAME_SETS): fresh50 conversational text of a multicultural user base (family and diaspora group
# chats, comment threads, voice transcripts, several languages), fresh51 its records (subscriber records,
# remittance receipts, rosters, contact lists, forms); committed before their first run
FRESH50_POSITIVE = [
    # family WhatsApp export (Spanish): missing teen, speakers are full names, last contact handle and phone
    (
        "[{DATE}, {TIME}] {NAME}: alguien sabe algo de {FIRST#2}?? no llegó a dormir y no contesta 😭\n"
        "[{DATE}, {TIME}] {NAME#3}: tía la última vez que la vi iba con un vato que le escribe por insta {HANDLE}\n"
        "[{DATE}, {TIME}] {NAME}: ya hablé con la policía, si alguien la ve que me marque al {PHONE} porfa\n"
        "[{DATE}, {TIME}] {FIRST}: y dile a {NAME#4} que no borre nada del chat"
    ),
    # Nigerian diaspora group chat (Yoruba/Pidgin): ajo/esusu fraud warning naming the collector
    (
        "E kaaro everyone 🙏🏾 abeg make una hear this one. {NAME} wey dey collect our ajo contribution don japa, "
        "phone off since {WEEKDAY}. Mama {LAST#2} alone put in {AMOUNT}.\n"
        "Last address we get for am na {ADDRESS}\n"
        "if una see am or him wife {FIRST#3} call Baba Ijo on {PHONE}. Olorun a ba wa se 🙏🏾"
    ),
    # school parent group: custody order, do-not-release notice with both parents named
    (
        "Hi parents of Room 12, this is {NAME}, {FIRST#2}'s mom 👋 sorry for the long msg.\n"
        "There is an active protective order ({CASE}) against his father {NAME_HYPH}. Please do NOT let "
        "{FIRST#2} go with him if he shows up at the carpool line or at any playdate.\n"
        "He drives a gray truck and might say I sent him. If you see him pls call me right away {PHONE} 🙏"
    ),
    # gaming DM log: sextortion of a minor with wallet demand and doxx threat
    (
        "{HANDLE}: u got 24h. {WALLET} send 200 in btc or the pics go to ur whole school\n"
        "{HANDLE#2}: please i'm only 14 i dont have money\n"
        "{HANDLE}: not my problem. ur mom is {NAME} right? she works at {COMPANY}. i'll start w her\n"
        "{HANDLE}: and i know ur at {STREET} so dont try me"
    ),
    # dating app chat (Portuguese/English): romance scam asking for a customs fee via a named cousin
    (
        "{FIRST}: amor, I'm stuck in customs, they want {AMOUNT} before they release my bags 😢\n"
        "me: again? I already sent last week\n"
        "{FIRST}: eu sei, desculpa. send it to my cousin {NAME#2}, zelle {EMAIL}, she will bring it to me\n"
        "{FIRST}: please baby não conta pra ninguém"
    ),
    # voice-message transcript (Vietnamese/English): self-harm risk with location and family names
    (
        "[Voice message 0:52 | auto-transcript]\n"
        "Mẹ ơi... con xin lỗi. con mệt lắm rồi. tell anh {FIRST#2} he can have my stuff. "
        "I'm at the parking garage by {ADDRESS_LINE}, top floor. don't call {NAME}, "
        "chị ấy sẽ chỉ la con thôi. con thương mẹ."
    ),
    # comment thread under a post: doxxing with hyphenated name, address and employer
    (
        "{HANDLE} replied: found her 😂 real name {NAME_HYPH}, lives at {ADDRESS_LINE}, works nights at {COMPANY}\n"
        "{HANDLE#2} replied: lmaooo someone pull up\n"
        "{HANDLE#3} replied: y'all this is how ppl get hurt. reported"
    ),
    # posted bio: trafficking indicators with first name, phone and city
    (
        "new in town 🌹 sweet & discreet 💋 ask for {FIRST}\n"
        "text only {PHONE} no calls\n"
        "{CITYSTATE} this wk only, incalls/outcalls, donations upfront"
    ),
    # Hindi/Urdu family group: honour-related threat against a named man with address
    (
        "Bhaiya: maine sab pata kar liya hai. {FIRST#2} us ladke se abhi bhi milti hai, naam hai {NAME}\n"
        "Bhaiya: ghar ka address bhi mil gaya\n"
        "{ADDRESS}\n"
        "Chacha: beta kuch ulta seedha mat karna\n"
        "Bhaiya: iss baar main khud jaunga, bas."
    ),
    # Tagalog OFW family chat: card details shared and then reported stolen
    (
        "Ate {FIRST}, eto yung card ko {CARD} exp 09/27, gamitin mo lang pang tuition ni bunso ha\n"
        "...\n"
        "Ate bakit may charge na {AMOUNT} sa {COMPANY}?? hindi ako yun!! sabi ng bank fraud daw, "
        "sino pa may hawak ng card? si {NAME#2} ba?"
    ),
    # church group chat: prayer request for a missing member with contact for the pastor
    (
        "🙏 Prayer chain 🙏\n"
        "Please keep Sister {NAME} in your prayers, she has not been home since {WEEKDAY} night. "
        "Last seen walking from {STREET} toward the bus stop.\n"
        "If anyone hears anything please call Pastor {LAST#2} at {PHONE} or her son {FIRST#3}. God is able."
    ),
    # mosque WhatsApp group: elder scammed out of SSN, warning with the scammer's alias and number
    (
        'Assalamu alaikum everyone. Please warn your parents. A man calling himself {NAME} from "Social Security" '
        "called my Khala and she read him her number {SSN} 😞\n"
        "He called from {PHONE}. Her DOB is {DOB} and he already knew it, so he has her info from somewhere. "
        "JazakAllah khair, please share."
    ),
    # gaming group chat: player traces threatener's IP and real name
    (
        "{FIRST#2}: bro the guy saying he's gonna swat u is on {IP}, i got it from the lobby logs\n"
        "{FIRST#2}: and his real name is {NAME}, his steam is linked to {EMAIL}\n"
        "{FIRST#3}: send that to the cops not to us lol"
    ),
    # voice-message transcript (Yoruba/English): kidnapped relative asks for help
    (
        "[Voice note, 1:08] Mummy, it's {FIRST}. abeg don't shout. they took my phone, this na "
        "another person's own. I'm at {ADDRESS_LINE}, they said I should tell you to send {AMOUNT} "
        "to {NAME#2}. please call Uncle {FIRST#3} on {PHONE}, e ma binu"
    ),
    # moderation export of a group chat: account login from IPv6 before posting someone's address
    (
        "[mod log {TICKET}]\n"
        "{ISODATE} {TIME} user {HANDLE} login from {IP6}\n"
        "{ISODATE} {TIME} user {HANDLE} posted in #general: \"{NAME}'s house is {ADDRESS_LINE} btw, "
        'bring eggs"\n'
        "{ISODATE} {TIME} message removed, user banned"
    ),
    # dating chat: grooming, adult told the other user's real age and school
    (
        "{HANDLE}: ur so mature for ur age\n"
        "{FIRST#2}: lol i told u im not 18, my bday is {DOB}\n"
        "{HANDLE}: thats ok nobody has to know 😉 whats ur address i'll get an uber for u\n"
        "{FIRST#2}: {STREET}, but my tío {NAME} checks my phone"
    ),
    # Brazilian community group (Portuguese): comment exposing a woman's debts with phone and email
    (
        "gente cuidado com essa {NAME}, pegou dinheiro de metade da igreja e sumiu 😡\n"
        "o zap dela é {PHONE} e o email {EMAIL}\n"
        "ela tava morando com o {NAME#2} lá em {CITYSTATE}, alguém sabe se ainda tá?"
    ),
    # diaspora group list: several girls contacted by the same recruiter
    (
        'Auntie pls read. that same man from the modeling "agency" {URL} has messaged {FIRST#2}, '
        "{FIRST#3} and {NAME_HYPH} too. he told them job in Houston, free flight, just send passport photo. "
        "{NAME}'s mom already reported it"
    ),
    # DM threat signed with a name at the end
    (
        "u think blocking me works?? i know ur new place on {STREET}. i know ur shift ends at {TIME}. "
        "tell ur lil boyfriend {NAME#2} he's next\n"
        "- {FIRST}"
    ),
    # Spanish parent chat: possessives and apostrophe surname in a custody snatch report
    (
        "urgente 🚨 la niña de {NAME} no llegó del bus, dice la maestra que se la llevó el novio de su mamá, "
        "un tal {NAME_APOS}. el carro está a nombre de {NAME#3}.\n"
        "si lo ven por {CITYSTATE} avisen a {FIRST} al {PHONE}"
    ),
    # post on profile: harassment campaign with name and link
    (
        "everyone report this account {URL} it's posting edited pics of {NAME} from my daughter's class "
        "with her phone number {PHONE} 😡 she's 13!! #reportit"
    ),
    # voice transcript to police tip line style DM (Tagalog/English): neighbour threatening with a gun
    (
        "[Transcribed voice message]\n"
        "hello, kuya, yung kapitbahay namin si {NAME}, nagpakita ulit ng baril kanina sa harap ng bahay. "
        "he said he'll kill my Lola. address namin {ADDRESS_LINE}. cellphone niya {PHONE}."
    ),
    # group chat vocative: friends pleading with someone who posted a goodbye message
    (
        "{FIRST#2} pls answer ur phone!!!\n"
        "{FIRST#2} we love u, nobody is mad\n"
        "[{DATE}, {TIME}] {NAME}: i called 988 and gave them her address {ADDRESS_LINE}\n"
        "[{DATE}, {TIME}] {NAME}: her brother {NAME#3} is driving there now"
    ),
    # exported account record + last messages: profile fields then chat
    (
        "Account: {HANDLE}\nDisplay name: {NAME}\nEmail: {EMAIL}\nPhone: {PHONE}\nLast IP: {IP}\n"
        "--- last messages ---\n"
        "{HANDLE}: yaar {FIRST#2} ko bol de paise de warna uski photos viral kar dunga\n"
        "{HANDLE}: uska number {PHONE#2} hai na?"
    ),
]

FRESH50_NEGATIVE = [
    # family WhatsApp export with relation-named speakers and a flight confirmation
    (
        "[{DATE}, {TIME}] Mamá: ya aterrizaron?\n"
        "[{DATE}, {TIME}] Tía: sí 🙌 vuelo confirmación {CONF}, estamos esperando maletas\n"
        "[{DATE}, {TIME}] Abuela: gracias a Dios 🙏 los tamales ya están listos"
    ),
    # church group announcement with a hall name and a catering order
    (
        "Potluck this {WEEKDAY} after second service in Grace Fellowship Hall! 🍗🍚\n"
        "Pancit, lumpia and jollof all welcome. Drinks are ordered from {COMPANY}, order {ORDER}. "
        "Set up starts at {TIME}."
    ),
    # diaspora remittance chat: exchange rate and transfer reference only
    (
        "rate on {COMPANY} today is better than last week o. I sent {AMOUNT} to Lagos, ref {REF}, "
        "should land by {WEEKDAY}. abeg if the rate drops again don't send yet"
    ),
    # school parent group: picture day notice, bilingual
    (
        "Reminder: Picture Day at Lincoln Elementary is {DATE} 📸 / Recordatorio: el Día de Fotos es el {DATE}.\n"
        "Order online before {TIME}, use code {CODE} for the sibling discount."
    ),
    # gaming server chat: patch talk with an @everyone ping
    (
        "@everyone patch {VERSION} is live (build {BUILD}). sniper got nerfed again lmao\n"
        "servers down for maintenance til {TIME}, scrims moved to {WEEKDAY}"
    ),
    # dating app bio with no identifiers
    (
        "Capricorn ♑ | tacos al pastor > everything | half Filipino half Mexican, 100% loud 😂\n"
        "not here for pen pals. 5'4 bc apparently that matters"
    ),
    # voice-message transcript: travel update with tracking for a package
    (
        "[Voice message 0:21] Mami, flight is delayed, now boarding at {TIME}, gate B12. "
        "the package for Tía already shipped, tracking {TRACKING}, it should get there {DATE}."
    ),
    # comment thread under a recipe post
    (
        "omg this is exactly how my Lola makes adobo 😭\n"
        "reply: add a little sugar at the end, trust\n"
        "reply: Jollibee could never 😤"
    ),
    # customer support chat about a remittance refund
    (
        "Agent: Thanks for waiting! I see the transfer {TXN} for {AMOUNT} on the card ending {LAST4}.\n"
        "Agent: The refund was issued on {ISODATE} under ticket {TICKET} and can take 3-5 business days."
    ),
    # mosque group: Chand Raat and Eid prayer timings
    (
        "Chand Raat Mubarak everyone 🌙 Eid prayer tomorrow at {TIME} in the main hall, second jamaat 30 min later. "
        "Parking at the school lot, please carpool. Eid Mubarak!"
    ),
    # Vietnamese community group: Tết event with invoice for booth rental
    (
        "Chúc mừng năm mới cả nhà 🧧 Tết festival at the chùa this {WEEKDAY}, lion dance at {TIME}. "
        "Booth vendors: invoice {INVOICE} is due {DATE}, bánh chưng pre-orders item {SKU}."
    ),
    # app notification pasted into chat, with a JSON fragment
    (
        'lol why did I get this: {"status": "delivered", "eta": "today"}\n'
        "Your verification code is {CODE}. {COMPANY} will never call you to ask for it. Case {CASE} closed."
    ),
]


FRESH51_POSITIVE = [
    # subscriber record export with key-value fields, Last, First order
    (
        "SUBSCRIBER RECORD\n"
        "Account ID: {DIGITS10}\n"
        "Name (Last, First): {LAST}, {FIRST}\n"
        "Email: {EMAIL}\n"
        "Phone: {PHONE}\n"
        "Service Address: {ADDRESS}\n"
        "Created: {ISODATE}\n"
        "Status: Active"
    ),
    # remittance receipt with sender and beneficiary in ALL CAPS fields
    (
        "MONEY TRANSFER RECEIPT\n"
        "MTCN / Ref: {REF}\n"
        "SENDER: {NAME}\n"
        "Sender phone: {PHONE}\n"
        "Sender address: {ADDRESS_LINE}\n"
        "BENEFICIARY: {NAME#2}\n"
        "Amount sent: {AMOUNT}   Fee: {AMOUNT#2}\n"
        "Date: {DATE} {TIME}"
    ),
    # contact list CSV exported from a phone backup
    (
        "display_name,given,family,mobile,email\n"
        '"Tia {FIRST#2}",{FIRST#2},{LAST#2},{PHONE},\n'
        '"{NAME}",{FIRST},{LAST},{PHONE#2},{EMAIL}\n'
        '"Bhaiya",,,{PHONE#3},{EMAIL#2}'
    ),
    # follower list JSON dump from a moderation export
    (
        '{"account": "{HANDLE}", "followers": [\n'
        '  {"handle": "{HANDLE#2}", "display": "{NAME}"},\n'
        '  {"handle": "{HANDLE#3}", "display": "{NAME#2}"}\n'
        '], "exported": "{ISODATE}"}'
    ),
    # marketplace rental listing with buyer message asking for deposit via app
    (
        "Listing: Room for rent, utilities incl, near campus - {AMOUNT}/mo\n"
        "Seller: {NAME} ({HANDLE})\n"
        "Location: {CITYSTATE}\n"
        "---\n"
        "Message from buyer: hi is the room still available? im intl student\n"
        "Seller reply: yes pls send deposit first to my zelle {EMAIL} or call {PHONE}, "
        "address is {STREET} but dont come before u pay"
    ),
    # mosque youth group member list with titles
    (
        "Masjid Youth Circle - Spring roster\n"
        "1. Imam's helper: Br. {NAME}\n"
        "2. {NAME#2} - {PHONE}\n"
        "3. Sr. {NAME#3} - {EMAIL}\n"
        "Parent contact for minors: Alhaji {NAME#4}, {PHONE#2}"
    ),
    # church WhatsApp group roster pasted into a report
    (
        "Reported content (group: Iglesia Nueva Vida - Jovenes)\n"
        "Members listed in group info:\n"
        "Pastor {LAST}\n"
        "Sra. {NAME#2} {PHONE}\n"
        "Hno. {FIRST#3} {LAST#3}\n"
        "Reporter note: the account {HANDLE} keeps posting the address of {NAME#2}: {ADDRESS_LINE}"
    ),
    # school roster rows with DOB for missing-teen case
    (
        "STUDENT ROSTER EXTRACT - Grade 10 ESL\n"
        "LAST NAME | FIRST NAME | DOB | GUARDIAN | GUARDIAN PHONE\n"
        "{LAST} | {FIRST} | {DOB} | {NAME#2} | {PHONE}\n"
        "Note: student absent since {DATE}, guardian states she left with an older man"
    ),
    # visa/immigration-style form fields in a screenshot transcription
    (
        "Part 1. Information About You\n"
        "Family Name (Last Name): {LAST}\n"
        "Given Name (First Name): {FIRST}\n"
        "Date of Birth (mm/dd/yyyy): {DOB}\n"
        "U.S. Social Security Number: {SSN}\n"
        "Mailing Address: {ADDRESS}\n"
        "Daytime Phone: {PHONE}\n"
        "(uploaded in DM with caption: 'pay me or this goes to ICE')"
    ),
    # login records with IP and IPv6 plus account email
    (
        "LOGIN HISTORY for {EMAIL}\n"
        "{ISODATE} {TIME}  success  ip={IP}  device=Android {VERSION}\n"
        "{ISODATE} {TIME}  failed   ip={IP6}  device=iOS\n"
        "{ISODATE} {TIME}  success  ip={IP#2}  2FA code sent to {PHONE}"
    ),
    # payment ledger for a community savings circle (tanda / susu)
    (
        "Tanda ledger - ronda 3\n"
        "{DATE}  {NAME}  paid {AMOUNT}  (cashapp)\n"
        "{DATE}  {NAME#2}  paid {AMOUNT#2}\n"
        "{DATE}  {NAME#3}  NOT PAID - owes {AMOUNT#3}\n"
        "payout this round -> {NAME#4}, card ending {LAST4}\n"
        "if {FIRST#3} doesnt pay by friday we go to her house on {STREET}"
    ),
    # email signature inside a sextortion thread
    (
        "i know who u are. want me to send these to everyone at your job?\n\n"
        "--\n"
        "{NAME}\n"
        "Accounts Assistant | {COMPANY}\n"
        "{PHONE} | {EMAIL}\n"
        "{ADDRESS_LINE}"
    ),
    # form letter with salutation and possessive
    (
        "Dear Mr. {LAST},\n\n"
        "We are writing regarding your son {FIRST#2}'s account on our platform. "
        "A report was filed on {DATE} (case {CASE}) by {NAME_APOS}. "
        "Please contact us at the number below.\n\n"
        "Sincerely,\nTrust & Safety, {COMPANY}"
    ),
    # moderation report export with reporter and reported user
    (
        "report_id={TICKET}\n"
        'reporter_name="{NAME}"\n'
        "reporter_email={EMAIL}\n"
        "reported_handle={HANDLE}\n"
        'reported_display_name="{NAME_HYPH}"\n'
        "category=doxxing\n"
        'evidence="posted my mom\'s address {ADDRESS_LINE} and said they know where she works"'
    ),
    # address book vCard entry
    (
        "BEGIN:VCARD\n"
        "VERSION:3.0\n"
        "N:{LAST};{FIRST};;Dr.;\n"
        "FN:Dr. {NAME}\n"
        "TEL;TYPE=CELL:{PHONE}\n"
        "EMAIL:{EMAIL}\n"
        "ADR;TYPE=HOME:;;{STREET};;;;\n"
        "END:VCARD"
    ),
    # remittance app chat: sender confirms beneficiary, code-switching
    (
        "Mama: {FIRST} ya mandaste lo de tu tio?\n"
        "{FIRST}: si mami, a nombre de {NAME#2}, ref {REF}\n"
        "{FIRST}: dile que lo recoja con su cedula, el numero de el es {PHONE}"
    ),
    # Nigerian diaspora group chat, scam warning naming account holder
    (
        "Naija in Houston 🇳🇬\n"
        "Chief {LAST}: Abeg nobody should send money to this {NAME#2} o. "
        "He collected {AMOUNT} from my cousin for apartment that doesn't exist\n"
        "Auntie {FIRST#3}: His number na {PHONE}, and his IG na {HANDLE}\n"
        "Chief {LAST}: Police report {CASE} don file"
    ),
    # ALL CAPS bank wire details in a fraud complaint
    (
        "COMPLAINT: I WAS TOLD TO WIRE THE RENT TO\n"
        "ACCOUNT NAME: {NAME}\n"
        "ACCOUNT HOLDER ADDRESS: {ADDRESS_LINE}\n"
        "CONTACT: {EMAIL}\n"
        "I PAID {AMOUNT} ON {DATE} AND THE LANDLORD {NAME#2} SAYS HE NEVER LISTED IT"
    ),
    # crypto payment demand with wallet and victim name
    (
        "{FIRST} this is your last warning. send {AMOUNT} in BTC to {WALLET} "
        "by {TIME} or the pics go to your dad {NAME#2} and your whole temple group"
    ),
    # custody dispute: key-value parenting schedule dump with phones
    (
        "Parent A: {NAME}  tel {PHONE}\n"
        "Parent B: {NAME#2}  tel {PHONE#2}\n"
        "Child: {FIRST#3}, DOB {DOB}\n"
        "Exchange location: {ADDRESS_LINE}\n"
        "Msg from Parent B ({DATE}): if u show up at my work again i'm calling the cops"
    ),
    # temple volunteer sign-up sheet, lower-case, accents stripped
    (
        "diwali seva signup\n"
        "- {NAME} (kitchen) {PHONE}\n"
        "- {FIRST#2} auntie + {LAST#2} uncle (parking)\n"
        "- {NAME#3} - {EMAIL}\n"
        "pls dont share this list outside group"
    ),
    # payment card captured in a phishing form submission
    (
        "form_submission {TXN}\n"
        "full_name: {NAME}\n"
        "card_number: {CARD}\n"
        "billing_zip_and_city: {CITYSTATE}\n"
        "email: {EMAIL}\n"
        "submitted_from: {IP}"
    ),
    # self-harm concern message in a community centre English class chat
    (
        "Teacher: {FIRST}, are you ok? you wrote goodbye to everyone\n"
        "{FIRST}: sorry teacher. tell {NAME#2} she can keep my things\n"
        "Teacher (to admin): please check on student at {ADDRESS}, profile link {URL}"
    ),
    # trafficking tip with multiple names in a list, including possessive
    (
        "Tip received {DATE}: girls brought from abroad are kept at {ADDRESS_LINE}. "
        "Names I heard: {FIRST}, {FIRST#2}, and {NAME#3}. "
        "The woman in charge is {NAME#4}; {LAST#4}'s car is parked outside every night. "
        "Her number {PHONE}"
    ),
]

FRESH51_NEGATIVE = [
    # remittance receipt template with only evidence fields
    (
        "TRANSFER RECEIPT\n"
        "Reference: {REF}\n"
        "Amount: {AMOUNT}\n"
        "Fee: {AMOUNT#2}\n"
        "Date: {DATE} {TIME}\n"
        "Status: Available for pickup at agent location"
    ),
    # church announcement with no individual named
    (
        "Iglesia Nueva Vida: servicio bilingue este {WEEKDAY} a las {TIME}. "
        "Despues habra comida y clases de ingles. Todos bienvenidos!"
    ),
    # login history with system identifiers only
    (
        "LOGIN HISTORY (redacted)\n"
        "{ISODATE} {TIME} success device=Android {VERSION} build {BUILD}\n"
        "{ISODATE} {TIME} failed reason=wrong_password\n"
        "{ISODATE} {TIME} success 2FA code {CODE} verified"
    ),
    # marketplace listing with business address-like text but no person
    (
        "Listing: Twin mattress, barely used - {AMOUNT}\n"
        "Pickup only. Item {SKU}\n"
        "Message: is this still available?\n"
        "Reply: yes, available until {WEEKDAY}"
    ),
    # moderation export header and counts
    (
        "moderation_export ticket={TICKET} case={CASE}\n"
        "reports_total=14 category=spam actioned=true\n"
        "generated={ISODATE}"
    ),
    # mosque event flyer text
    (
        "Eid al-Fitr prayer at the Islamic Center, {DATE}, {TIME}. "
        "Brothers enter from the north lot, sisters from the side door. "
        "Zakat al-Fitr {AMOUNT} per person."
    ),
    # order confirmation email
    (
        "Thanks for shopping with {COMPANY}!\n"
        "Order {ORDER} confirmed, tracking {TRACKING}.\n"
        "Invoice {INVOICE} total {AMOUNT}."
    ),
    # school roster header only with column names
    ("LAST NAME | FIRST NAME | DOB | GUARDIAN | GUARDIAN PHONE\n(no records returned for query {REF})"),
    # visa form instructions without personal data
    (
        "Part 1. Information About You. Enter your Family Name (Last Name) exactly as it appears on "
        "your passport. If you do not have a U.S. Social Security Number, type N/A."
    ),
    # diaspora group chat about food with titles but no names
    (
        "Auntie: who is bringing jollof for saturday?\n"
        "Chief: my wife dey cook am, no worry\n"
        "Pastor: God bless una, see you {WEEKDAY} 🙏"
    ),
    # payment ledger with only amounts and transaction ids
    ("txn_id,amount,status,date\n{TXN},{AMOUNT},settled,{DATE}\n{TXN#2},{AMOUNT#2},refunded,{DATE#2}"),
    # JSON config-like record with no personal fields
    (
        '{"app_version": "{VERSION}", "locale": "es-MX", "confirmation": "{CONF}", '
        '"last4": "{LAST4}", "city": "Springfield"}'
    ),
]


PLANTED = {
    "NAME": "PERSON",
    "FIRST": "PERSON",
    "LAST": "PERSON",
    "NAME_HYPH": "PERSON",
    "NAME_APOS": "PERSON",
    "EMAIL": "EMAIL",
    "PHONE": "PHONE",
    "SSN": "SSN",
    "CARD": "CARD",
    "IP": "IP",
    "IP6": "IP",
    "ADDRESS": "LOCATION",
    "ADDRESS_LINE": "LOCATION",
    "STREET": "LOCATION",
    "CITYSTATE": "LOCATION",
    "URL": "URL",
    "HANDLE": "HANDLE",
    "WALLET": "WALLET",
    "DOB": "DOB",
}
CATEGORIES = ["PERSON", "EMAIL", "PHONE", "SSN", "CARD", "IP", "LOCATION", "URL", "HANDLE", "WALLET", "DOB"]
ZERO_LEAK = ["EMAIL", "PHONE", "SSN", "CARD", "IP"]

OURS_TO_CATEGORY = {
    "PERSON": "PERSON",
    "EMAIL_ADDRESS": "EMAIL",
    "PHONE_NUMBER": "PHONE",
    "US_SSN": "SSN",
    "CREDIT_CARD": "CARD",
    "IP_ADDRESS": "IP",
    "STREET_ADDRESS": "LOCATION",
    "LOCATION": "LOCATION",
    "URL": "URL",
    "HANDLE": "HANDLE",
    "CRYPTO": "WALLET",
    "DATE_OF_BIRTH": "DOB",
    "USER_ID": "USER_ID",
}
PRESIDIO_TO_CATEGORY = OURS_TO_CATEGORY | {"CRYPTO": "WALLET", "DATE_TIME": "DATE", "NRP": "NRP"}

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def _btc_address(rng: random.Random) -> str:
    import hashlib

    payload = bytes([0]) + rng.randbytes(20)
    raw = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    num = int.from_bytes(raw, "big")
    out = ""
    while num:
        num, rem = divmod(num, 58)
        out = _B58[rem] + out
    return "1" * (len(raw) - len(raw.lstrip(b"\0"))) + out


# Faker draws times, dates and days relative to "now" unless told otherwise: a fixed "today" keeps the set the same
# from run to run.
_TODAY = datetime(2026, 1, 1, tzinfo=UTC)
_OLDEST = date(1911, 1, 1)


def _value_makers(fake: Faker, rng: random.Random) -> dict[str, Callable[[], str]]:
    def name() -> str:
        r = rng.random()
        if r < 0.15:
            return f"{fake.first_name()} {rng.choice(string.ascii_uppercase)}. {fake.last_name()}"
        return f"{fake.first_name()} {fake.last_name()}"

    def address_line() -> str:
        return str(fake.address()).replace("\n", ", ")

    def digits(n: int) -> str:
        return "".join(rng.choice(string.digits) for _ in range(n))

    return {
        "NAME": name,
        "FIRST": fake.first_name,
        "LAST": fake.last_name,
        "NAME_HYPH": lambda: f"{fake.first_name()} {fake.last_name()}-{fake.last_name()}",
        "NAME_APOS": lambda: f"{fake.first_name()} {rng.choice('OD')}'{fake.last_name()}",
        "EMAIL": fake.email,
        "PHONE": fake.phone_number,
        "SSN": fake.ssn,
        "CARD": fake.credit_card_number,
        "IP": lambda: fake.ipv4_public() if rng.random() < 0.8 else fake.ipv4_private(),
        "IP6": fake.ipv6,
        "ADDRESS": fake.address,
        "ADDRESS_LINE": address_line,
        "STREET": fake.street_address,
        "CITYSTATE": lambda: f"{fake.city()}, {fake.state_abbr() if rng.random() < 0.7 else fake.state()}",
        "URL": lambda: fake.url() + (fake.uri_path() if rng.random() < 0.5 else ""),
        "HANDLE": lambda: "@" + fake.user_name(),
        "WALLET": lambda: _btc_address(rng) if rng.random() < 0.5 else "0x" + rng.randbytes(20).hex(),
        "DOB": lambda: rng.choice(
            [
                fake.date_between_dates(_OLDEST, _TODAY).strftime(f)
                for f in ("%m/%d/%Y", "%B %d, %Y", "%Y-%m-%d", "%-m/%-d/%y")
            ]
        ),
        # evidence, never planted
        "COMPANY": fake.company,
        "AMOUNT": lambda: f"${rng.randint(5, 4000):,}.{rng.randint(0, 99):02d}",
        "TIME": lambda: rng.choice(
            [fake.time("%H:%M", _TODAY), fake.time("%-I:%M %p", _TODAY), f"{rng.randint(1, 12)}pm"]
        ),
        "DATE": lambda: rng.choice(
            [fake.date("%m/%d/%Y", _TODAY), fake.date("%B %d", _TODAY), fake.date("%b %d, %Y", _TODAY)]
        ),
        "ISODATE": lambda: fake.date("%Y-%m-%d", _TODAY),
        "WEEKDAY": lambda: fake.date_time(end_datetime=_TODAY).strftime("%A"),
        "ORDER": lambda: rng.choice([f"#{digits(7)}", f"ORD-{digits(6)}", f"A{digits(5)}"]),
        "TRACKING": lambda: (
            "1Z" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(16))
        ),
        "CASE": lambda: f"{rng.randint(2019, 2026)}-CR-{digits(4)}",
        "REF": lambda: f"REF{digits(8)}",
        "VERSION": lambda: f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 40)}",
        "BUILD": lambda: digits(5),
        "INVOICE": lambda: f"INV-{digits(6)}",
        "SKU": lambda: f"{rng.choice(string.ascii_uppercase)}{digits(3)}-{digits(4)}",
        "CONF": lambda: digits(9),
        "TICKET": lambda: f"T-{digits(6)}",
        "DIGITS10": lambda: digits(10),
        "TXN": lambda: f"TX{digits(10)}",
        "CODE": lambda: digits(6),
        "LAST4": lambda: digits(4),
    }


# Faker's en_US names come from the same US tables the engine's name lists are built from, so a set of them cannot
# show how the engine does on the names a US platform's users really have. "world" names are drawn from many
# origins instead (Faker locales whose names are written in Latin letters, Chinese and Japanese ones romanised),
# half of them with their accents stripped as people often type them. Only given name + surname, no titles.
WORLD_LOCALES = (
    "es_MX", "es_CO", "pt_BR", "vi_VN", "en_IN", "en_PK", "yo_NG", "ig_NG", "ha_NG", "en_KE", "sw", "tw_GH",
    "zu_ZA", "tr_TR", "en_TH", "zh_CN", "ja_JP", "fr_FR", "de_DE", "it_IT", "pl_PL", "ro_RO",
)  # fmt: skip
_ROMANISED = {"zh_CN", "ja_JP"}


def _ascii_fold(text: str) -> str:
    import unicodedata

    text = text.replace("đ", "d").replace("Đ", "D").replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _world_name_makers(seed: int, rng: random.Random) -> dict[str, Callable[[], str]]:
    fakers = {loc: Faker(loc) for loc in WORLD_LOCALES}
    for i, f in enumerate(fakers.values()):
        f.seed_instance(seed * 1000 + i)

    def part(which: str, loc: str) -> str:
        f = fakers[loc]
        value = getattr(f, f"{which}_romanized_name" if loc in _ROMANISED else f"{which}_name")()
        return str(value)

    def fold(value: str) -> str:
        return _ascii_fold(value) if rng.random() < 0.5 else value

    def first() -> str:
        return fold(part("first", rng.choice(WORLD_LOCALES)))

    def last() -> str:
        return fold(part("last", rng.choice(WORLD_LOCALES)))

    def name() -> str:
        loc = rng.choice(WORLD_LOCALES)
        given, family = part("first", loc), part("last", loc)
        if loc in ("es_MX", "es_CO") and rng.random() < 0.4:
            family = f"{family} {part('last', loc)}"  # two surnames
        if loc == "vi_VN" and rng.random() < 0.5:
            return fold(f"{family} {given}")  # family name first
        return fold(f"{given} {family}")

    def hyphenated() -> str:
        loc = rng.choice(WORLD_LOCALES)
        return fold(f"{part('first', loc)} {part('last', loc)}-{part('last', loc)}")

    return {"NAME": name, "FIRST": first, "LAST": last, "NAME_HYPH": hyphenated}


@dataclass
class Sample:
    text: str
    planted: list[tuple[str, int, int, str]] = field(default_factory=list)  # (category, start, end, value)
    negative: bool = False


_SLOT = re.compile(r"\{([A-Z0-9_]+)(?:#(\d))?\}")


def _fill(template: str, makers: dict[str, Callable[[], str]], negative: bool) -> Sample:
    chosen: dict[tuple[str, str], str] = {}
    out: list[str] = []
    planted: list[tuple[str, int, int, str]] = []
    pos = 0
    length = 0
    for m in _SLOT.finditer(template):
        kind, nth = m.group(1), m.group(2) or "1"
        literal = template[pos : m.start()]
        out.append(literal)
        length += len(literal)
        if (kind, nth) not in chosen:
            # FIRST#1 after NAME: the first name of that person (coreference)
            if kind == "FIRST" and ("NAME", nth) in chosen and nth == "1" and "{NAME}" in template:
                chosen[(kind, nth)] = chosen[("NAME", nth)].split()[0]
            else:
                chosen[(kind, nth)] = str(makers[kind]())
        value = chosen[(kind, nth)]
        if kind in PLANTED:
            planted.append((PLANTED[kind], length, length + len(value), value))
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(template[pos:])
    return Sample("".join(out), planted, negative)


# fresh52/53: written by two helpers that saw no rule, test or earlier set, with names from many origins: fresh52
# conversations of a multicultural user base (group chats, DMs, voice transcripts; Spanish, Portuguese, Haitian
# Creole, romanised Arabic, Somali, Amharic, Korean, Polish, Tagalog inside English), fresh53 its records (CSV and
# fixed-width exports keyed by role, receipts, rosters, forms, intake and field-interview notes); committed before
# their first run, after the round that fixed family names no table holds
FRESH52_POSITIVE = [
    # family WhatsApp export in Spanish, missing teen, several relatives
    (
        "[{DATE} {TIME}] {NAME}: alguien sabe de {FIRST#2}?? no contesta desde ayer\n"
        "[{DATE} {TIME}] Tío {FIRST#3}: la última vez que la vi estaba con su novio {NAME#4} en el carro de él\n"
        "[{DATE} {TIME}] {NAME}: su número nuevo es {PHONE}, mándenle mensaje porfa 🙏\n"
        "[{DATE} {TIME}] {FIRST#5}: ya llamé a la policía, el reporte es {CASE}"
    ),
    # Haitian Creole voice message transcript, suicide risk of a third party
    (
        "Voice message (0:47) from {NAME}:\n"
        '"Bonswa, se {FIRST} wi. Mwen bezwen ou rele manman {NAME#2} kounye a, li pa byen ditou. '
        "Li te di m li pral fè tèt li mal. Li rete {ADDRESS_LINE}. Nimewo li se {PHONE}. "
        'Tanpri pa di {FIRST#3} anyen."'
    ),
    # elementary school parents group, names after relation words and possessives
    (
        "3rd Grade Parents 🍎✏️\n"
        "{FIRST}: Hi all! Does anyone have a way to reach {NAME#2}'s mom? the office line isn't working\n"
        "{NAME#3}: I think her email is {EMAIL}\n"
        "{FIRST}: thank you!! also if anyone sees {FIRST#4} after pickup pls text me {PHONE}"
    ),
    # mosque brothers group, romanised Arabic phrases, Ustaz title
    (
        "Masjid Al-Noor Brothers 🕌\n"
        "{NAME}: Assalamu alaikum ikhwan, Ustaz {LAST#2} asked me to share: brother {NAME#3} has been missing since Fajr. "
        "He left his phone at home. If you see him call his wife at {PHONE} inshallah\n"
        "{FIRST#4}: Ya Allah. I saw him near {STREET} yesterday after Asr\n"
        "{NAME}: jazakallah khair akhi, passing it on"
    ),
    # Somali/English group chat about a missing young woman
    (
        "{FIRST} 🇸🇴: walaal, ma aragtay {NAME#2}? hooyadeed aad bay u walwalsan tahay\n"
        "{FIRST#3}: maya. last thing she posted was on {HANDLE}, said she was meeting someone in {CITYSTATE}\n"
        "{FIRST}: wallahi I'm scared. Habo {LAST#4} said the guy's number is {PHONE}"
    ),
    # Korean church prayer group, romanised Korean titles, Pastor title
    (
        "새벽기도 / Saebyeok prayer group\n"
        "{NAME}: Moksanim, {NAME#2} jipsanim's son hasn't come home in two days 😢 please pray\n"
        "Pastor {LAST#3}: Aigoo. Does anyone have his number?\n"
        "{FIRST#4}: {PHONE} — that's the one his umma gave me\n"
        "{NAME}: gamsahamnida. police report is {CASE}"
    ),
    # Amharic/English DM, suicide risk, multi-line address
    (
        "{FIRST}: selam endet neh? {NAME#2} tawkewaleh?\n"
        "{FIRST#3}: awo, my cousin's friend. why?\n"
        "{FIRST}: she messaged me at 3am saying she wants to end everything. ebakih help me. her address is\n"
        "{ADDRESS}\n"
        "{FIRST#3}: egziabher yimesgen you told me. calling 911 now"
    ),
    # Portuguese marketplace buy/sell chat with Zelle details
    (
        "Marketplace · iPhone 13 128GB\n"
        "{FIRST}: Oi, ainda tá disponível?\n"
        "{NAME#2}: Sim! {AMOUNT}, retirada na {STREET}\n"
        "{FIRST}: Posso mandar por Zelle? meu email é {EMAIL}\n"
        "{NAME#2}: Pode, o Zelle é {PHONE}, no nome de {NAME#2}\n"
        "{FIRST}: fechado, te vejo {WEEKDAY} às {TIME}"
    ),
    # dating-app safety report through support chat
    (
        "Support chat — {TICKET}\n"
        "Agent: Hi, thanks for reporting. Can you tell me who you matched with?\n"
        "User: his profile said {FIRST#3} but his real name is {NAME#2}. he sent me my own home address {ADDRESS_LINE} and said he'd be waiting\n"
        "User: his snap is {HANDLE} and he texted from {PHONE}\n"
        "Agent: I'm so sorry. This has been escalated under {CASE}."
    ),
    # OCR'd notes-app screenshot with typos, emergency contacts list
    (
        "IMG_4471.PNG (OCR)\n"
        "Notes\n"
        "ppl to call if smth happns to me\n"
        "- mom {PHONE}\n"
        "- {NAME} (bestie) {PHONE#2}\n"
        "- Sra. {LAST#2} frm church {PHONE#3}\n"
        "- dont let {NAME#3} pick up the kids!!! hes not alowed\n"
        "SSN {SSN}\n"
        "lockbox {CODE}"
    ),
    # gaming server threat / doxxing in a channel
    (
        "#general — {DATE}\n"
        "{HANDLE}: lmao {FIRST} ur so bad\n"
        "{HANDLE#2}: keep talking. i know u live on {STREET} in {CITYSTATE}\n"
        "{HANDLE#2}: ur ip is {IP} and ur mom's name is {NAME#3}\n"
        "{HANDLE}: bro thats not funny\n"
        "modbot: Message removed. Report {TICKET} filed."
    ),
    # Filipino/Tagalog family group, Ate/Tita titles
    (
        "Pamilya 💕\n"
        "{FIRST}: Ate, nakausap mo na ba si {NAME#2}? hindi pa umuuwi since kahapon\n"
        "Ate {FIRST#3}: hindi pa e. tinext ko sa {PHONE} pero walang reply\n"
        "Tita {FIRST#4}: nasa bahay daw siya ng boyfriend nya na si {FIRST#5} sa {ADDRESS_LINE}\n"
        "{FIRST}: sige puntahan ko na. ingat kayo"
    ),
    # Polish parish group, double-barrelled surname, Pan title
    (
        "{NAME}: Cześć, czy ktoś zna {NAME_HYPH}? Pan {LAST#3} z parafii mówi, że zaginęła\n"
        "{FIRST#4}: tak, to moja sąsiadka. Mieszka na {STREET}\n"
        "{NAME}: jej siostra prosi o kontakt: {EMAIL} albo {PHONE}\n"
        "{FIRST#4}: przekazałam policji, numer sprawy {CASE}"
    ),
    # casual texting about an ex violating a protective order
    (
        "{TIME}\n"
        "me: did u hear from {FIRST} today\n"
        "{FIRST#2}: no?? why\n"
        "me: her ex {NAME#3} showed up at her job again\n"
        "{FIRST#2}: omg does she have the restraining order\n"
        "me: ya case {CASE}. his new number is {PHONE} if u see it block it"
    ),
    # emoji-laden comment thread on a missing-person post, @mentions and a URL
    (
        "💬 Comments (214)\n"
        "{HANDLE}: {HANDLE#2} isn't this ur cousin {NAME#3}?? 😳😳\n"
        "{HANDLE#2}: omg yes 😭 {FIRST#3} has been missing since {DATE}. pls share 🙏🙏\n"
        "{HANDLE#4}: I saw her at the bus station in {CITYSTATE} with an older guy\n"
        "{HANDLE#2}: pls DM me or call her mom {PHONE} ❤️ flyer here {URL}"
    ),
    # Spanish ransom DM with crypto wallet
    (
        "Mensaje de {NAME} ({HANDLE}) · {DATE}\n"
        "tengo a tu hija. si quieres volver a verla manda {AMOUNT} a esta wallet {WALLET}\n"
        "no llames a la policía\n"
        "Usuario: quién eres?? dónde está {FIRST#2}??\n"
        "{FIRST}: pregúntale a {NAME#3}. ya sabe dónde vivimos: {ADDRESS_LINE}"
    ),
    # gurdwara volunteer group, list of names, Bhai title, multi-line address
    (
        "Gurdwara Seva Volunteers 🙏\n"
        "{NAME}: Sat Sri Akal ji. Langar seva this {WEEKDAY} — {FIRST#2} and {FIRST#3} on rotis, {NAME#4} on dishes\n"
        "Bhai {LAST#5}: ji, I can drive Aunty ji. address?\n"
        "{NAME}: {ADDRESS}\n"
        "please call her at {PHONE} before you come, she can't hear the bell"
    ),
    # marketplace fraud support chat with card number and ex's email
    (
        "Chat transcript {TICKET}\n"
        "Customer: I never ordered this. someone used my card {CARD} for order {ORDER}\n"
        "Agent: I'm sorry about that. Can you confirm the name on the account?\n"
        "Customer: {NAME}. the shipping address was changed to {ADDRESS_LINE} which isn't mine\n"
        "Customer: the email on it now is {EMAIL}, that's my ex {NAME#2}'s email\n"
        "Agent: Thank you. A refund of {AMOUNT} is pending, {REF}."
    ),
    # Lebanese diaspora group, Arabizi with numerals
    (
        "Shabab 3al Ra7a 🇱🇧\n"
        "{FIRST}: ya jama3a, 7ada shaf {NAME#2}? umm {FIRST#5} 3am tdawwer 3leh\n"
        "{FIRST#3}: akher marra kan 3and {NAME#4} bel ma7al 3a {STREET}\n"
        "{FIRST}: yalla ba3atle raqam {FIRST#4}\n"
        "{FIRST#3}: {PHONE}. inshallah kheir"
    ),
    # Spanish church prayer chain with Hna./Hno./Doña titles
    (
        "Iglesia — Cadena de Oración 🙏\n"
        "Hna. {LAST}: Hermanos, oremos por el Hno. {NAME#2} que está en el hospital\n"
        "Pastor {LAST#3}: Amén. Su esposa {FIRST#4} pidió que no lo visiten hoy\n"
        "Doña {FIRST#5}: si alguien quiere mandar algo, la dirección es\n"
        "{ADDRESS}\n"
        "Hna. {LAST}: Dios los bendiga 🙌"
    ),
    # voicemail transcription, goodbye message naming third parties
    (
        "Voicemail transcription — {DATE} {TIME}\n"
        "From: {PHONE}\n"
        "\"hey it's {FIRST} ... i just wanted to say sorry to {NAME#2} and tell my sister {FIRST#3} i love her. "
        "i left the dog with {NAME#4} on {STREET}. don't look for me okay\"\n"
        "(transcription confidence: low)"
    ),
    # carpool list, names alone on lines incl. hyphenated and O'/D' surnames
    (
        "carpool list for {WEEKDAY} 🚗\n"
        "\n"
        "{NAME}\n"
        "{NAME#2}\n"
        "{NAME_HYPH}\n"
        "{NAME_APOS}\n"
        "\n"
        "driver: {FIRST#5} ({PHONE})\n"
        "backup: Sr. {LAST#6}\n"
        "pickup {TIME} at {STREET}"
    ),
    # OCR'd screenshot of a threatening post with names in quotes
    (
        "Screenshot OCR:\n"
        '"tell em {NAME} said it" — posted by {HANDLE}\n'
        'reply: who tf is "{FIRST#2}"?\n'
        "reply: the one who snitched on {NAME#3}. she stay at {ADDRESS_LINE} 🔫\n"
        "reply: yo delete this"
    ),
    # Haitian family group, Madan title, missing child
    (
        "Fanmi Ayiti 🇭🇹\n"
        "Madan {LAST}: Bonjou tout moun. Pitit {NAME#2} a, {FIRST#3}, pèdi depi {WEEKDAY}\n"
        "{FIRST#4}: Bondye! Kote li te ye?\n"
        "Madan {LAST}: Nan lekòl la sou {STREET}. Si nou wè l rele {PHONE}\n"
        "{FIRST#4}: M ap pataje l sou Facebook kounye a"
    ),
    # dating app chat where users exchange identifying details
    (
        "Hinge · Match\n"
        "{FIRST}: hey! ur pic at the beach is cute 😊\n"
        "me: haha thanks. what's ur last name, wanna make sure ur real\n"
        "{FIRST}: lol it's {LAST}. look me up, ig is {HANDLE}\n"
        "me: ok found u. i'm at {ADDRESS_LINE} if u wanna come by after {TIME}\n"
        "{FIRST}: bet. text me {PHONE}"
    ),
    # doxxing DM with DOB, IPv4/IPv6, crypto wallet and paste URL
    (
        "Discord DM\n"
        "{HANDLE}: bro i got the dox on {FIRST}\n"
        "{HANDLE}: real name {NAME#2}, born {DOB}, lives {ADDRESS_LINE}\n"
        "{HANDLE}: ipv4 {IP} / ipv6 {IP6}\n"
        "{HANDLE}: send {AMOUNT} in btc to {WALLET} and i'll drop the paste {URL}\n"
        "{HANDLE#2}: bet"
    ),
    # bilingual PTA room chat, "X's mom", cousin doing pickup
    (
        "PTA Parents — Room 12\n"
        "{NAME}: Hola! Soy la mamá de {FIRST#2}. is {FIRST#3}'s mom picking up today?\n"
        "{NAME#4}: I'm {FIRST#3}'s mom! yes I'll be there at {TIME}\n"
        "{NAME}: gracias! also my cousin {NAME#5} is getting my kids, she drives a gray Honda\n"
        "{NAME#4}: ok 👍 save my number {PHONE}"
    ),
    # gaming voice-chat transcript, adult soliciting a minor
    (
        "[Voice chat transcript — lobby {CODE}]\n"
        "{HANDLE}: how old are u\n"
        "{HANDLE#2}: 12\n"
        "{HANDLE}: cool. whats ur real name\n"
        "{HANDLE#2}: {FIRST#3}\n"
        "{HANDLE}: add me on snap. my email is {EMAIL} if snap dont work\n"
        "{HANDLE#2}: my mom {NAME#4} checks my phone tho"
    ),
    # Brazilian Portuguese voice note in a family group, Dona title
    (
        "Áudio (1:12) de {NAME}:\n"
        '"Oi gente, é a {FIRST} de novo. O {NAME#2} me ligou, disse que a polícia tá procurando o {FIRST#3}. '
        "Se alguém tiver o número da mãe dele, a Dona {FIRST#4}, me manda. O meu é {PHONE}. "
        'Ele tava morando com a tia na {STREET}, {CITYSTATE}."'
    ),
    # account-recovery support chat, O'/D' surname, two emails, phone with extension
    (
        "Support · Account recovery\n"
        "User: hi my account got hacked, they changed the email to {EMAIL}\n"
        "Agent: I can help. What's the name on the account?\n"
        "User: {NAME_APOS}. my old email was {EMAIL#2}\n"
        "User: my work # is {PHONE} if u need to call\n"
        "Agent: Thanks. The last login came from {IP}. I've opened {TICKET} for you."
    ),
]

FRESH52_NEGATIVE = [
    # family chat using only relation words and a bakery name
    (
        "[{DATE} {TIME}] Mom: Mija ya llegaste?\n"
        "[{DATE} {TIME}] Me: sí mami, estoy en Target\n"
        "[{DATE} {TIME}] Tía: traigan pan de Panadería La Esperanza 🍞\n"
        "[{DATE} {TIME}] Abuela: 🙏❤️"
    ),
    # retail support chat with only evidence identifiers
    (
        "Support chat {TICKET}\n"
        "Agent: Thanks for contacting Wayfair! Order {ORDER} shipped {DATE}, tracking {TRACKING}.\n"
        "Customer: it says delivered but i don't have it\n"
        "Agent: I've filed a claim, reference {REF}, invoice {INVOICE}. Refund of {AMOUNT} in 5-7 business days.\n"
        "Customer: ok thank u"
    ),
    # group chat about concerts by public artists
    (
        "Primos 🎶\n"
        "Tío: quién va a ver a Bad Bunny en la arena el {WEEKDAY}?\n"
        "Prima: yooo I have tickets!! {AMOUNT} each tho 😩\n"
        'Tía: prefiero Marc Anthony, pongan "Vivir Mi Vida" en la boda\n'
        "Abuelo: Selena forever 🌹"
    ),
    # mosque announcements with religious terms only
    (
        "Masjid Announcements 🕌\n"
        "Ramadan Mubarak! Taraweeh starts {TIME} tonight.\n"
        "Suhoor boxes from Al-Amir Halal Market, pick up after Fajr.\n"
        "The Imam reminds brothers to park on the north lot. Eid al-Fitr prayer {DATE}, donations ref {REF}."
    ),
    # Korean church chat: titles and a Bible book that looks like a name
    (
        "주일 예배 / Sunday service 🙏\n"
        "Samonim: kimbap for fellowship after service at {TIME}!\n"
        "Moksanim: this week we read Matthew 5 and Ruth 1\n"
        "Jipsanim: I'll bring the Paris Baguette cake 🎂\n"
        "Everyone: amen 😊"
    ),
    # gaming chat with character names that look like people
    (
        "#ranked — {ISODATE}\n"
        "gg ez 😂\n"
        "patch {VERSION} nerfed Jett and Sage again smh\n"
        "who's playing Reyna next game? I'm locking Brimstone\n"
        "client build {BUILD} keeps crashing on Mac"
    ),
    # marketplace listing with brand names and a store location
    (
        'Marketplace · Jordan 4 Retro "Bred" size 10\n'
        "Buyer: still available?\n"
        "Seller: yes {AMOUNT} firm, SKU {SKU}\n"
        "Seller: meet at the Walgreens on Main St, {WEEKDAY} {TIME}\n"
        "Buyer: bet, Cash App ok?"
    ),
    # Haitian Creole chat about a soccer match, relation words only
    (
        "Fanmi 🇭🇹⚽\n"
        "Tonton: Mezanmi, Ayiti ap jwe kont Brezil {WEEKDAY} a {TIME}!\n"
        "Matant: M ap fè diri djondjon ak griyo\n"
        "Kouzen: vin lakay Grann pou nou gade match la ansanm 🙌"
    ),
    # OCR'd shopping list with brand names that look like given names
    (
        "grocery lst (OCR)\n"
        "- Goya black beans\n"
        "- Maria cookies (Tía wants the Gamesa ones)\n"
        "- Abuelita chocolate\n"
        "- Jasmine rice 20lb\n"
        "- Dr Pepper\n"
        "return amazon pkg {TRACKING} b4 {DATE}"
    ),
    # Ethiopian Orthodox community announcement, saint and restaurant names
    (
        "Selam! Enkuan aderesachihu 🌼\n"
        "Meskel celebration at St. Mary Ethiopian Orthodox Church after kidase, {TIME}.\n"
        "Injera from Queen of Sheba Restaurant, coffee ceremony by the women's committee.\n"
        "Donations: {AMOUNT}, conf {CONF}"
    ),
    # Polish family holiday chat, holiday and shop names
    (
        "Rodzina 🎄\n"
        "Babcia: Wigilia u nas o {TIME}, nie spóźnijcie się!\n"
        "Tata: kupiłem pierogi w Pierogi Palace i makowiec z Bakery Polonia\n"
        "Ciocia: a w sobotę Andrzejki, wróżby z woskiem 😄"
    ),
    # Filipino family chat: saint parish, restaurants, relation words
    (
        "Fam Christmas 🎄\n"
        "Tita: Simbang Gabi at St. Lorenzo Ruiz Parish {TIME} ha\n"
        "Lola: bring the lechon from Seafood City\n"
        "Kuya: Jollibee after mass? 🍗\n"
        "Ate: sige! Maligayang Pasko sa lahat ❤️"
    ),
    # school office broadcast with place names only
    (
        "Message from the Front Office 🍎\n"
        "Picture Day is {WEEKDAY}! Online order code {CODE}.\n"
        "Field trip to Lincoln Park Zoo on {DATE} — permission slips due Friday.\n"
        "Questions? Reply to this thread. Thanks, Room Parents"
    ),
    # dating app system messages and subscription receipt
    (
        "You matched! Say hi 👋\n"
        'Prompt: "Typical Sunday" — church, then brunch at Cracker Barrel\n'
        'Prompt: "My simple pleasures" — Frank Ocean and Hot Cheetos\n'
        "Tinder Gold renews {DATE} for {AMOUNT}. Confirmation {CONF}."
    ),
    # bank fraud alert forwarded into a family chat
    (
        "Chase Fraud Alert: card ending {LAST4} charged {AMOUNT} at Uber Eats. TXN {TXN}. Reply YES if this was you.\n"
        "Daughter: Mom was that you??\n"
        "Mom: sí mija, Chipotle 😅 member ID {DIGITS10}"
    ),
]


FRESH53_POSITIVE = [
    # subscriber record as a key: value dump (no braces)
    (
        "SUBSCRIBER RECORD (produced under emergency disclosure {CASE})\n"
        "account_id: {DIGITS10}\n"
        "username: {HANDLE}\n"
        "legal_name: {NAME}\n"
        "email_primary: {EMAIL}\n"
        "phone_verified: {PHONE}\n"
        "date_of_birth: {DOB}\n"
        "created_at: {ISODATE} {TIME}\n"
        "signup_ip: {IP}\n"
        "billing_address: {ADDRESS_LINE}\n"
        "status: ACTIVE"
    ),
    # login history log with Last, First header and mixed IPv4/IPv6
    (
        "LOGIN HISTORY -- holder: {LAST}, {FIRST}\n"
        "ts                    src_ip                 client            result\n"
        "{ISODATE} {TIME}      {IP}          ios/{VERSION}      OK\n"
        "{ISODATE} {TIME#2}    {IP6}    android/{VERSION#2}  FAIL bad_password\n"
        "{ISODATE#2} {TIME#3}  {IP#2}          web/{BUILD}        OK 2fa_sms -> {PHONE}"
    ),
    # rideshare trip CSV with rider/driver columns and unquoted commas in date/amount
    (
        "trip_id,requested,rider,rider_phone,driver,vehicle_plate_last4,pickup,dropoff,fare\n"
        "{REF},{DATE},{NAME},{PHONE},{NAME#2},{LAST4},{STREET},{CITYSTATE},{AMOUNT}\n"
        "{REF#2},{DATE#2},{NAME},{PHONE},{NAME#3},{CODE},{STREET#2},{CITYSTATE},{AMOUNT#2}"
    ),
    # delivery order TSV export with customer and courier
    (
        "order_id\tplaced\tcustomer\tdeliver_to\tcourier\tcourier_phone\ttip\n"
        "{ORDER}\t{ISODATE} {TIME}\t{NAME_APOS}\t{ADDRESS_LINE}\t{FIRST#2} {LAST#2}\t{PHONE}\t{AMOUNT}\n"
        "note to courier: leave with {FIRST#3} at front desk, do not ring"
    ),
    # remittance receipt with sender and beneficiary blocks
    (
        "MONEY TRANSFER RECEIPT\n"
        "Agent: {COMPANY}    Confirmation (MTCN): {CONF}\n"
        "SENDER\n"
        "  Name: {NAME}\n"
        "  Address: {ADDRESS}\n"
        "  Phone: {PHONE}\n"
        "  ID type: state ID, last 4 {LAST4}\n"
        "BENEFICIARY\n"
        "  Name: {NAME_HYPH}\n"
        "  Payout: cash pickup\n"
        "Amount sent: {AMOUNT}   Fee: {AMOUNT#2}   Date: {DATE}"
    ),
    # school field-trip roster, fixed-width with guardian columns
    (
        "Grade 5 Field Trip -- Permission Roster ({DATE})\n"
        "STUDENT                   GUARDIAN                  CELL\n"
        "{NAME}              {NAME#2}              {PHONE}\n"
        "{NAME#3}            {NAME_HYPH}           {PHONE#2}\n"
        "{NAME#4}            (same as above)           {PHONE#2}"
    ),
    # mosque volunteer sign-up list
    (
        "Iftar Volunteer Sign-Up -- {WEEKDAY} nights\n"
        "Shift | Volunteer | Contact | Notes\n"
        "Setup {TIME} | {NAME} | {PHONE} | brings folding tables\n"
        "Kitchen {TIME#2} | {NAME#2} | {EMAIL} | halal supplier contact\n"
        "Cleanup | {FIRST#3} {LAST#3} [youth, needs ride] | {PHONE#2} | guardian {NAME#4}"
    ),
    # rental application with applicant, co-applicant, and emergency contact
    (
        "RESIDENTIAL LEASE APPLICATION\n"
        "Property managed by {COMPANY}\n"
        "Applicant (Last, First, MI): {LAST}, {FIRST}\n"
        "SSN: {SSN}     DOB: {DOB}\n"
        "Current address: {ADDRESS_LINE}\n"
        "Co-applicant: {NAME#2}  Email: {EMAIL}\n"
        "Employer: {COMPANY#2}   Monthly income: {AMOUNT}\n"
        "emergency_contact: {NAME_APOS} ({PHONE})\n"
        "Application fee paid: {AMOUNT#2}  Ref {REF}"
    ),
    # immigration-style form with Family Name / Given Name fields split over lines
    (
        "Part 2. Information About the Beneficiary\n"
        "1.a. Family Name (Last Name)\n"
        "{LAST}\n"
        "1.b. Given Name (First Name)\n"
        "{FIRST}\n"
        "2. Date of Birth (mm/dd/yyyy): {DOB}\n"
        "3. U.S. Mailing Address:\n"
        "{ADDRESS}\n"
        "4. Daytime Telephone: {PHONE}\n"
        "Part 3. Petitioner: {NAME#2}   Receipt No. {CASE}"
    ),
    # hospital intake note with accompanying adult
    (
        "ED TRIAGE INTAKE {ISODATE} {TIME}\n"
        "Pt: {NAME}   DOB {DOB}   MRN {DIGITS10}\n"
        "Arrived by private vehicle w/ aunt {NAME#2} (states she is guardian, no paperwork).\n"
        "Pt reports messages from {HANDLE} urging self-harm. Screenshots on pt phone.\n"
        "Home addr: {ADDRESS_LINE}\n"
        "Callback for aunt: {PHONE}\n"
        "Social work consult placed, ticket {TICKET}."
    ),
    # shelter intake record with children listed
    (
        "SHELTER INTAKE -- confidential\n"
        "head_of_household: {NAME}\n"
        "alias / prior name: {NAME#2}\n"
        "children: {FIRST#3} (age 7), {FIRST#4} (age 4)\n"
        "fleeing from: {NAME#5} -- last known at {ADDRESS_LINE}\n"
        "safe contact: {EMAIL}\n"
        "bed assignment: Room 3B   intake ref: {REF}"
    ),
    # police field interview card
    (
        "FIELD INTERVIEW CARD   Report # {CASE}\n"
        "Date/Time: {DATE} {TIME}   Location: {STREET}, {CITYSTATE}\n"
        "SUBJECT: {LAST}, {FIRST}    DOB: {DOB}\n"
        "AKA: {HANDLE}\n"
        "Phone (stated): {PHONE}\n"
        "Companion: {NAME#2}, stated address {ADDRESS_LINE#2}\n"
        "Narrative: subjects observed near school entrance after dismissal; released."
    ),
    # court notice with parties and attorney
    (
        "NOTICE OF HEARING\n"
        "Case No. {CASE}\n"
        "In re the Custody of: {NAME} (a minor)\n"
        "Petitioner: {NAME_HYPH}\n"
        "Respondent: {NAME#2}, last known address:\n"
        "{ADDRESS}\n"
        "Hearing set for {WEEKDAY}, {DATE} at {TIME}, Dept. 14.\n"
        "Counsel for Petitioner: {COMPANY}"
    ),
    # fixed-width account export with several people
    (
        "ACCT        NAME                         EMAIL                        PHONE           CREATED\n"
        "{DIGITS10}  {NAME}                 {EMAIL}                {PHONE}    {ISODATE}\n"
        "{DIGITS10#2}  {NAME_APOS}          {EMAIL#2}              {PHONE#2}  {ISODATE#2}\n"
        "{DIGITS10#3}  {NAME#3}                {EMAIL#3}              (none)          {ISODATE#3}"
    ),
    # OCR of a profile screenshot with character substitutions in labels
    (
        "[OCR of screenshot attached to ticket {TICKET}]\n"
        "Pr0fi1e\n"
        "Narne: {NAME}\n"
        "@ {HANDLE}   |   F0llowers 1.2k\n"
        "Bi0: 17 | DM f0r c0llabs | {URL}\n"
        "Ema1l: {EMAIL}\n"
        "Lives in {CITYSTATE}\n"
        "Jo1ned {DATE}"
    ),
    # marketplace listing with seller details
    (
        "LISTING {SKU}  (flagged: possible stolen goods)\n"
        "title: iPhone 14 Pro 256GB unlocked\n"
        "price: {AMOUNT}\n"
        "seller_display: {FIRST}\n"
        "seller_full_name: {NAME}\n"
        "seller_phone: {PHONE}\n"
        "pickup_area: {CITYSTATE}\n"
        "posted: {ISODATE} {TIME}  views: 412"
    ),
    # transaction ledger CSV with buyer/seller columns
    (
        "txn_id,date,buyer,seller,item_sku,amount,card_last4,status\n"
        "{TXN},{DATE},{NAME},{NAME#2},{SKU},{AMOUNT},{LAST4},SETTLED\n"
        "{TXN#2},{DATE},{NAME},{NAME_HYPH},{SKU#2},{AMOUNT#2},{LAST4},REFUNDED\n"
        "{TXN#3},{DATE#2},{NAME#3},{NAME#2},{SKU},{AMOUNT#3},{LAST4#2},DISPUTED"
    ),
    # short-term rental booking with host and guest
    (
        "BOOKING {CONF}\n"
        "host: {NAME}  (superhost since {DATE})\n"
        "host_phone: {PHONE}\n"
        "listing_address: {ADDRESS_LINE}\n"
        "guest: {NAME#2}\n"
        "guest_email: {EMAIL}\n"
        "additional_guests: {FIRST#3} {LAST#3}; {NAME_APOS}\n"
        "check_in: {DATE#2}  nights: 3  total: {AMOUNT}"
    ),
    # role-led keys for minor account with guardian and emergency contact
    (
        "minor_account_review\n"
        "user_full_name: {NAME}\n"
        "user_dob: {DOB}\n"
        "guardian_full_name: {NAME#2}\n"
        "guardian_email: {EMAIL}\n"
        "emergency_contact_name: {NAME_HYPH}\n"
        "emergency_contact_phone: {PHONE}\n"
        "parental_consent: verified {ISODATE}\n"
        "risk_flags: grooming_keywords, adult_contact ({HANDLE})"
    ),
    # nested JSON-ish dump without braces
    (
        "user:\n"
        "  id: {DIGITS10}\n"
        "  profile:\n"
        '    name: "{NAME}"\n'
        '    handle: "{HANDLE}"\n'
        '    website: "{URL}"\n'
        "  contact:\n"
        '    email: "{EMAIL}"\n'
        '    phone: "{PHONE}"\n'
        "  sessions:\n"
        '    - ip: "{IP}", at: "{ISODATE}T{TIME}"\n'
        '    - ip: "{IP6}", at: "{ISODATE#2}T{TIME#2}"'
    ),
    # ALL-CAPS style form with bracketed notes in name fields
    (
        "PASSENGER MANIFEST -- CHARTER VAN {REF}\n"
        "SEAT  PASSENGER                              PHONE\n"
        "1     {NAME} [TRIP LEAD]                {PHONE}\n"
        "2     {NAME#2} [MINOR - W/ SEAT 1]      --\n"
        "3     {NAME_APOS} [NO SHOW]             {PHONE#2}\n"
        "DRIVER: {LAST#4}, {FIRST#4}   DEPART {TIME} {DATE}"
    ),
    # crypto wallet payout record linked to an extortion report
    (
        "PAYOUT LOG -- sextortion report {TICKET}\n"
        "reporter: {NAME} ({EMAIL})\n"
        "demand_received_from: {HANDLE}\n"
        "destination_wallet: {WALLET}\n"
        "secondary_wallet: {WALLET#2}\n"
        "amount_paid: {AMOUNT} on {DATE} {TIME}\n"
        "exchange: {COMPANY}  txn {TXN}"
    ),
    # card payment record with cardholder name and full PAN
    (
        "PAYMENT AUTHORIZATION\n"
        "merchant: {COMPANY}\n"
        "cardholder: {NAME}\n"
        "pan: {CARD}\n"
        "billing_zip_match: Y   avs_address: {STREET}\n"
        "auth_code: {CODE}   amount: {AMOUNT}\n"
        "device_ip: {IP}\n"
        "invoice: {INVOICE}"
    ),
    # temple seva volunteer sheet with mixed orders
    (
        "Temple Seva Sign-Up -- Diwali weekend\n"
        "Name (Last, First)            Seva               Phone / Email\n"
        "{LAST}, {FIRST}               Prasad kitchen     {PHONE}\n"
        "{LAST#2}, {FIRST#2}           Parking            {EMAIL}\n"
        "{NAME_HYPH}                   Rangoli (kids)     {PHONE#2}\n"
        "{NAME#3} + spouse             Decor              {EMAIL#2}"
    ),
    # device registration log with owner-named devices
    (
        "DEVICE REGISTRY acct {DIGITS10}\n"
        "device_name             model        os          first_seen           last_ip\n"
        "{FIRST}'s iPhone        iPhone13,2   iOS {VERSION}    {ISODATE}           {IP}\n"
        "{FIRST#2}'s iPad        iPad8,1      iPadOS {VERSION#2} {ISODATE#2}       {IP#2}\n"
        "owner_of_record: {NAME#3}"
    ),
    # threat report with reporter and subject
    (
        "THREAT ESCALATION {TICKET}  priority P0\n"
        "Reported by: {NAME} <{EMAIL}>\n"
        "Subject account: {HANDLE} (real name per payment profile: {NAME#2})\n"
        "Content: post stating intent to harm staff at {COMPANY} on {WEEKDAY}\n"
        "Post URL: {URL}\n"
        "Subject last known address: {ADDRESS_LINE}"
    ),
    # church youth group sign-up with DOB column and parent
    (
        "Youth Retreat Registration\n"
        "camper,dob,parent_or_guardian,parent_cell,allergies\n"
        "{NAME},{DOB},{NAME#2},{PHONE},peanuts\n"
        "{NAME#3},{DOB#2},{NAME#4},{PHONE#2},none\n"
        '{NAME_APOS},{DOB#3},{NAME#4},{PHONE#2},"dairy, shellfish"'
    ),
    # linked-accounts report for kidnapping request, names split over two lines
    (
        "LINKED ACCOUNTS -- emergency request {CASE}\n"
        "Primary: {HANDLE}\n"
        "  registered name: {NAME}\n"
        "Linked via shared device:\n"
        "  {HANDLE#2} registered to\n"
        "  {FIRST#2}\n"
        "  {LAST#2}\n"
        "Linked via shared phone {PHONE}:\n"
        "  {HANDLE#3} (no name on file)\n"
        "Last location ping: {CITYSTATE} at {TIME}"
    ),
    # suicide-risk wellness check packet with address and contacts
    (
        "WELLNESS CHECK PACKET -- {TICKET}\n"
        "at_risk_user: {NAME}\n"
        "phone_on_file: {PHONE}\n"
        "possible residence:\n"
        "{ADDRESS}\n"
        "recent_login_ip: {IP} ({ISODATE} {TIME})\n"
        "trusted_contact (self-listed): {NAME#2}, {EMAIL}\n"
        "Requesting officer callback on file."
    ),
    # payroll-style CSV where beneficiary is a column and SSN appears
    (
        "policy_no,insured,insured_ssn,beneficiary,relationship,beneficiary_phone,face_amount\n"
        "{REF},{NAME},{SSN},{NAME#2},spouse,{PHONE},{AMOUNT}\n"
        "{REF#2},{NAME_HYPH},{SSN#2},{NAME_HYPH#2},daughter,{PHONE#2},{AMOUNT#2}"
    ),
]

FRESH53_NEGATIVE = [
    # product catalog CSV with a "name" column holding product names
    (
        "sku,name,category,price,stock\n"
        "{SKU},Franklin Desk Lamp,Lighting,{AMOUNT},42\n"
        "{SKU#2},Madison Throw Pillow,Home,{AMOUNT#2},118\n"
        "{SKU#3},Harper Canvas Tote,Bags,{AMOUNT#3},0"
    ),
    # bank branch record with role words only
    (
        "branch_id: {CODE}\n"
        "branch_name: Lincoln Heights Branch\n"
        "operated_by: {COMPANY}\n"
        "branch_manager: (position vacant)\n"
        "hours: Mon-Fri 9:00-5:00, Sat 9:00-1:00\n"
        "last_audit: {ISODATE}"
    ),
    # business directory listing named after surnames
    (
        "BUSINESS LISTING\n"
        "Name: {COMPANY}\n"
        "Type: Immigration law office\n"
        "Languages: English, Spanish, Tagalog, Vietnamese\n"
        "Hours: {WEEKDAY} by appointment\n"
        "Listing ref: {REF}   Verified: {DATE}"
    ),
    # event schedule for a community center
    (
        "Community Center Schedule -- week of {DATE}\n"
        "{WEEKDAY}  {TIME}   ESL Conversation Circle     Room 2\n"
        "{WEEKDAY#2}  {TIME#2}   Know Your Rights Workshop   Hall A\n"
        "{WEEKDAY#3}  {TIME#3}   Jummah overflow parking     Lot C\n"
        "Contact: front desk"
    ),
    # system log with service accounts only
    (
        "{ISODATE} {TIME} INFO  svc-ledger-sync  batch {BUILD} started\n"
        "{ISODATE} {TIME#2} WARN  svc-ledger-sync  retry 2/5 on shard 07\n"
        "{ISODATE} {TIME#3} INFO  cron-export     wrote 4,812 rows to exports/{REF}.csv\n"
        "{ISODATE} {TIME#4} INFO  svc-auth        token rotation complete (v{VERSION})"
    ),
    # emergency request cover form with role words and no names
    (
        "EMERGENCY DISCLOSURE REQUEST -- INTAKE\n"
        "Request ID: {TICKET}\n"
        "Requesting Officer: (see agency letterhead)\n"
        "Agency case: {CASE}\n"
        "Exigency: child at imminent risk\n"
        "Records requested: Subscriber info, IP logs {DATE} to {DATE#2}\n"
        "Guardian notified: N/A   Cardholder data: not requested"
    ),
    # remittance fee schedule
    (
        "corridor,send_min,send_max,fee,fx_margin,payout\n"
        "US-MX,$1.00,$999.99,{AMOUNT},1.2%,cash pickup\n"
        "US-PH,$1.00,$2,999.99,{AMOUNT#2},1.5%,bank deposit\n"
        "US-NG,$1.00,$1,999.99,{AMOUNT#3},2.1%,mobile wallet\n"
        "effective {ISODATE}"
    ),
    # rideshare fare zone table, fixed width
    (
        "ZONE        BASE      PER_MILE   PER_MIN   SURGE_CAP\n"
        "Downtown    {AMOUNT}     $1.35      $0.28     2.5x\n"
        "Airport     {AMOUNT#2}     $1.50      $0.30     3.0x\n"
        "Suburbs     {AMOUNT#3}     $1.10      $0.22     2.0x\n"
        "table version {VERSION}"
    ),
    # court calendar with sealed matters
    (
        "DEPT. 14 CALENDAR -- {WEEKDAY}, {DATE}\n"
        "{TIME}   {CASE}    In re Sealed Juvenile Matter   Review\n"
        "{TIME#2}   {CASE#2}    People v. [Sealed]             Arraignment\n"
        "{TIME#3}   {CASE#3}    {COMPANY} v. {COMPANY#2}   Motion"
    ),
    # shipping manifest for a warehouse
    (
        "MANIFEST {REF}\n"
        "order          tracking               carrier   weight\n"
        "{ORDER}     {TRACKING}     UPS       2.4 lb\n"
        "{ORDER#2}     {TRACKING#2}     USPS      0.8 lb\n"
        "consignor: {COMPANY} fulfillment   pickup {TIME}"
    ),
    # rental listing with leasing office only
    (
        "FOR RENT: 2BR/1BA, unit 2B\n"
        "rent: {AMOUNT}/mo   deposit: {AMOUNT#2}\n"
        "available: {DATE}\n"
        "managed_by: {COMPANY}\n"
        "applicant: see online portal\n"
        "pets: cats ok, no dogs   listing {SKU}"
    ),
    # blank school sign-up sheet with role words
    (
        "Parent Volunteer Sign-Up -- Jackson Elementary\n"
        "Slot        Volunteer        Guardian of       Phone\n"
        "{TIME}      ______________   ______________    ____________\n"
        "{TIME#2}      ______________   ______________    ____________\n"
        "Return to the front office by {WEEKDAY}."
    ),
    # hospital department directory with extensions only
    (
        "DEPARTMENT DIRECTORY (internal)\n"
        "Emergency Department      Charge Nurse           ext. 4410\n"
        "Social Work               On-call Social Worker  ext. 4452\n"
        "Patient Registration      Registration Lead      ext. 4100\n"
        "updated {ISODATE}"
    ),
    # payment processor settlement summary with no cardholder data
    (
        "SETTLEMENT SUMMARY {INVOICE}\n"
        "merchant: {COMPANY}\n"
        "batch: {BUILD}   settled: {DATE}\n"
        "transactions: 1,284   gross: {AMOUNT}   refunds: {AMOUNT#2}\n"
        "chargebacks: 3 (txn {TXN}, {TXN#2}, {TXN#3})\n"
        "Cardholder: [not included in summary]"
    ),
    # church facility booking record for ministries
    (
        "FACILITY BOOKING -- St. Jude Parish Hall\n"
        "booking_id: {CONF}\n"
        "group: Knights of Columbus Council 4412\n"
        "date: {DATE}  time: {TIME} - {TIME#2}\n"
        "room: Fellowship Hall   setup: 12 rounds\n"
        "approved_by: Parish Office"
    ),
]


SETS = {
    "tuning": (POSITIVE + POSITIVE_2, NEGATIVE + NEGATIVE_2),
    "heldout": (HELDOUT_POSITIVE, HELDOUT_NEGATIVE),
    "fresh": (FRESH_POSITIVE, FRESH_NEGATIVE),
    "fresh2": (FRESH2_POSITIVE, FRESH2_NEGATIVE),
    "fresh3": (FRESH3_POSITIVE, FRESH3_NEGATIVE),
    "fresh4": (FRESH4_POSITIVE, FRESH4_NEGATIVE),
    "fresh5": (FRESH5_POSITIVE, FRESH5_NEGATIVE),
    "fresh6": (FRESH6_POSITIVE, FRESH6_NEGATIVE),
    "fresh7": (FRESH7_POSITIVE, FRESH7_NEGATIVE),
    # written before the changes made from fresh 6 and 7's failures; run once, after them; tuned on since
    "fresh8": (FRESH8_POSITIVE, FRESH8_NEGATIVE),
    "fresh9": (FRESH9_POSITIVE, FRESH9_NEGATIVE),
    # written before the changes made from fresh 8 and 9's failures; measured once, after them; tuned on since
    "fresh10": (FRESH10_POSITIVE, FRESH10_NEGATIVE),
    "fresh11": (FRESH11_POSITIVE, FRESH11_NEGATIVE),
    # written before the changes made from fresh 10 and 11's failures; measured once, after them; tuned on since
    "fresh12": (FRESH12_POSITIVE, FRESH12_NEGATIVE),
    "fresh13": (FRESH13_POSITIVE, FRESH13_NEGATIVE),
    # written before the changes made from fresh 12 and 13's failures; measured once, after them; tuned on since
    "fresh14": (FRESH14_POSITIVE, FRESH14_NEGATIVE),
    "fresh15": (FRESH15_POSITIVE, FRESH15_NEGATIVE),
    # written before the changes made from fresh 14 and 15's failures; measured once, after them; tuned on since
    "fresh16": (FRESH16_POSITIVE, FRESH16_NEGATIVE),
    "fresh17": (FRESH17_POSITIVE, FRESH17_NEGATIVE),
    # written after the changes made from fresh 16 and 17's failures; measured once; tuned on since
    "fresh18": (FRESH18_POSITIVE, FRESH18_NEGATIVE),
    "fresh19": (FRESH19_POSITIVE, FRESH19_NEGATIVE),
    # written before the changes made from fresh 18 and 19's failures; measured once, after them; tuned on since
    "fresh20": (FRESH20_POSITIVE, FRESH20_NEGATIVE),
    "fresh21": (FRESH21_POSITIVE, FRESH21_NEGATIVE),
    # written after the changes made from fresh 20 and 21's failures; measured once; tuned on since
    "fresh22": (FRESH22_POSITIVE, FRESH22_NEGATIVE),
    "fresh23": (FRESH23_POSITIVE, FRESH23_NEGATIVE),
    # written after the changes made from fresh 22 and 23's failures; measured once; tuned on since
    "fresh24": (FRESH24_POSITIVE, FRESH24_NEGATIVE),
    "fresh25": (FRESH25_POSITIVE, FRESH25_NEGATIVE),
    # written after the changes made from fresh 24 and 25's failures; measured once; tuned on since
    "fresh26": (FRESH26_POSITIVE, FRESH26_NEGATIVE),
    "fresh27": (FRESH27_POSITIVE, FRESH27_NEGATIVE),
    # written after the changes made from fresh 26 and 27's failures; measured once; fresh29 tuned on since, fresh28 never
    "fresh28": (FRESH28_POSITIVE, FRESH28_NEGATIVE),
    "fresh29": (FRESH29_POSITIVE, FRESH29_NEGATIVE),
    # written after the changes made from fresh 29's failures; measured once; fresh31 tuned on since, fresh30 never
    "fresh30": (FRESH30_POSITIVE, FRESH30_NEGATIVE),
    "fresh31": (FRESH31_POSITIVE, FRESH31_NEGATIVE),
    # written (without reading the rules) after the changes made from fresh 31's failures; measured once; tuned on since
    "fresh32": (FRESH32_POSITIVE, FRESH32_NEGATIVE),
    "fresh33": (FRESH33_POSITIVE, FRESH33_NEGATIVE),
    # written (without reading the rules) after the changes made from fresh 32 and 33's failures; first measured
    # 2026-11-26: person 0.904 (bare 0.835) / 0.877 (0.878), negatives 0.724 / 0.580, DOB 0.333 in fresh34's CSV rows
    "fresh34": (FRESH34_POSITIVE, FRESH34_NEGATIVE),
    "fresh35": (FRESH35_POSITIVE, FRESH35_NEGATIVE),
    # written (without reading the rules or the earlier sets) after the changes made from fresh 34 and 35's failures;
    # first measured 2026-11-26: person 0.980 (bare 0.897) / 0.967 (0.831), negatives 0.496 / 0.184, DOB 0.338 in 37
    "fresh36": (FRESH36_POSITIVE, FRESH36_NEGATIVE),
    "fresh37": (FRESH37_POSITIVE, FRESH37_NEGATIVE),
    # written as fresh36/37 were, after this session's speed work and the rules from fresh37's negatives; first
    # measured 2026-11-26 10:34 UTC: person 0.979 (bare 0.884) / 0.937 (0.748), negatives 0.244 / 0.376, DOB 0.798 /
    # 0.746, and one card number left verbatim in fresh39 (card recall 0.989) — the first leak of a zero-leak type
    "fresh38": (FRESH38_POSITIVE, FRESH38_NEGATIVE),
    "fresh39": (FRESH39_POSITIVE, FRESH39_NEGATIVE),
    # written (without reading the rules, tests or earlier sets) after the changes made from fresh 34–39's negatives;
    # first measured 2026-11-26 12:49 UTC (245e03a): person 0.912 (bare 0.785) / 0.982 (0.944), negatives 0.136 /
    # 0.168, 0 leaks, locations and dates of birth 1.000; tuned on since
    "fresh40": (FRESH40_POSITIVE, FRESH40_NEGATIVE),
    "fresh41": (FRESH41_POSITIVE, FRESH41_NEGATIVE),
    # written (without reading the rules, tests or earlier sets) while the rounds from fresh 40–41 were made; first
    # measured 2026-11-26 13:39 UTC (4bf6cf9): person 0.937 (bare 0.868) / 0.941 (0.926), negatives 0.116 / 0.140, 0
    # leaks, locations and dates of birth 1.000; tuned on since
    "fresh42": (FRESH42_POSITIVE, FRESH42_NEGATIVE),
    "fresh43": (FRESH43_POSITIVE, FRESH43_NEGATIVE),
    # written (without reading the rules, tests or earlier sets) at the start of the session of 2026-11-26 15:10 UTC,
    # committed before their first run; first measured 15:17 UTC (023c913): person 0.934 (bare 0.832) / 0.982
    # (0.869), negatives 0.264 / 0.280, 0 leaks, locations 1.000, DOB 0.800 (XML <birthDate>) / 1.000; tuned on since
    "fresh44": (FRESH44_POSITIVE, FRESH44_NEGATIVE),
    "fresh45": (FRESH45_POSITIVE, FRESH45_NEGATIVE),
    # written (without reading the rules, tests or earlier sets) at the start of the session of 2026-11-27 02:51 UTC,
    # fresh46 on platform data exports and structured text, fresh47 on informal chat, slang and voice transcripts;
    # committed before their first run (18c2ce2, engine as at 72b2e97); first measured 03:14 UTC: person 0.998 (bare
    # 0.865) / 0.983 (0.869), negatives 0.152 / 0.000 (bare 0.000 / 0.000), 0 leaks, locations and dates of birth
    # 1.000; tuned on since
    "fresh46": (FRESH46_POSITIVE, FRESH46_NEGATIVE),
    "fresh47": (FRESH47_POSITIVE, FRESH47_NEGATIVE),
    # written (without reading the rules, tests or earlier sets) after the round from fresh46/47, 2026-11-27 04:40 UTC,
    # fresh48 on law-enforcement paperwork and crisis-line notes, fresh49 on noisy text (OCR, all caps,
    # Spanish-English, emoji); committed before their first run (e1078d9, engine as at 00a4926); first measured 04:43
    # UTC: person 0.974 (bare 0.929) / 0.927 (0.867), negatives 0.300 / 0.312 (bare 0.000 / 0.000), 0 leaks, dates of
    # birth 0.900 / 0.375 (bare 1.000 / 1.000: OCR'd "D.0.B", "B0rn", Spanish "nacida el", "🎂"), locations 1.000 /
    # 0.996; tuned on since
    "fresh48": (FRESH48_POSITIVE, FRESH48_NEGATIVE),
    "fresh49": (FRESH49_POSITIVE, FRESH49_NEGATIVE),
    # see above; the first sets with names from many origins; committed before their first run (29681d8, engine as at
    # 827797d); first measured 2026-11-27 06:10 UTC: person 0.924 (bare 0.740) / 0.823 (0.619), negatives 0.400 /
    # 0.552 (bare 0.000 / 0.000), one card number left verbatim in fresh50 ("card ko 6390… exp 09/27"), locations and
    # dates of birth 1.000; tuned on since
    "fresh50": (FRESH50_POSITIVE, FRESH50_NEGATIVE),
    "fresh51": (FRESH51_POSITIVE, FRESH51_NEGATIVE),
    # see above; committed before their first run (engine as at the family-names round)
    "fresh52": (FRESH52_POSITIVE, FRESH52_NEGATIVE),
    "fresh53": (FRESH53_POSITIVE, FRESH53_NEGATIVE),
}
# sets whose people's names are drawn from many origins (see WORLD_LOCALES), not Faker's en_US
WORLD_NAME_SETS = frozenset({"fresh50", "fresh51", "fresh52", "fresh53"})


def generate(
    n_pos: int, n_neg: int, seed: int = 5, *, which: str = "tuning", names: str | None = None
) -> list[Sample]:
    """A reproducible labelled set: ``n_pos`` texts with planted PII and ``n_neg`` negatives. ``names``: "us"
    (Faker's en_US) or "world" (see WORLD_LOCALES); by default the set's own (WORLD_NAME_SETS are "world")."""
    fake = Faker("en_US")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    makers = _value_makers(fake, rng)
    if (names or ("world" if which in WORLD_NAME_SETS else "us")) == "world":
        makers |= _world_name_makers(seed, random.Random(seed + 1))
    pos, neg = SETS[which]
    samples = [_fill(pos[i % len(pos)], makers, False) for i in range(n_pos)]
    samples += [_fill(neg[i % len(neg)], makers, True) for i in range(n_neg)]
    return samples


# --------------------------------------------------------------------------------------------------------------
# Scoring


@dataclass
class Score:
    planted: Counter[str] = field(default_factory=Counter)
    caught: Counter[str] = field(default_factory=Counter)
    leaks: Counter[str] = field(default_factory=Counter)
    predicted: Counter[str] = field(default_factory=Counter)
    correct: Counter[str] = field(default_factory=Counter)
    spans: int = 0
    spans_on_pii: int = 0
    negatives: int = 0
    untouched: int = 0
    missed: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    false_pos: list[str] = field(default_factory=list)


def score(
    samples: list[Sample], outputs: list[tuple[str | None, list[tuple[str, int, int]]]], cats: dict[str, str]
) -> Score:
    """``outputs``: per sample the output text (None = withheld) and the redacted spans (type, start, end)."""
    s = Score()
    for sample, (text_out, spans) in zip(samples, outputs, strict=True):
        if sample.negative:
            s.negatives += 1
            s.untouched += int(text_out == sample.text)
        covered = bytearray(len(sample.text))
        for _, a, b in spans:
            covered[a:b] = b"\x01" * (b - a)
        for cat, a, b, value in sample.planted:
            s.planted[cat] += 1
            ok = text_out is None or all(covered[i] or not sample.text[i].isalnum() for i in range(a, b))
            s.caught[cat] += int(ok)
            if not ok:
                s.missed[cat].append(value)
            if text_out is not None and value in text_out:
                s.leaks[cat] += 1
        for typ, a, b in spans:
            cat = cats.get(typ, typ)
            s.predicted[cat] += 1
            s.spans += 1
            hits = [p for p in sample.planted if p[1] < b and a < p[2]]
            s.spans_on_pii += int(bool(hits))
            s.correct[cat] += int(any(p[0] == cat for p in hits))
            if not hits:
                s.false_pos.append(f"{typ}: {sample.text[a:b]!r}")
    return s


def run_ours(
    samples: list[Sample], threshold: float, processes: int, name_pairs: bool = True
) -> tuple[list[tuple[str | None, list[tuple[str, int, int]]]], float]:
    from redaction import Redactor

    with Redactor(
        b"eval-key-0123456789abcdef", score_threshold=threshold, processes=processes, name_pairs=name_pairs
    ) as r:
        t = time.perf_counter()
        outs: list[tuple[str | None, list[tuple[str, int, int]]]] = []
        for sample in samples:  # one release per text, as if each were its own package
            res = r.session(str(id(sample)).encode()).redact(sample.text)
            outs.append((res.text, [(e.type, e.start, e.end) for e in res.entities]))
        return outs, time.perf_counter() - t


def bare_presidio() -> tuple[Any, Any]:
    """The baseline every benchmark compares against: Presidio's ``AnalyzerEngine`` with its default recognizers
    over the same spaCy model as this engine, and its ``AnonymizerEngine``."""
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_anonymizer import AnonymizerEngine

    from redaction.nlp import default_model_path

    # Presidio's default email/URL recognizers use tldextract, which tries to fetch the public suffix list at
    # run time; offline it logs a traceback and falls back to its bundled copy. Keep that noise out of the table.
    logging.getLogger("tldextract").setLevel(logging.CRITICAL)
    conf = {
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": str(default_model_path())}],
    }
    return AnalyzerEngine(
        nlp_engine=NlpEngineProvider(nlp_configuration=conf).create_engine()
    ), AnonymizerEngine()


def run_presidio(samples: list[Sample]) -> dict[str, list[tuple[str | None, list[tuple[str, int, int]]]]]:
    analyzer, anonymizer = bare_presidio()
    out: dict[str, list[tuple[str | None, list[tuple[str, int, int]]]]] = {"presidio": [], "presidio@0.5": []}
    for sample in samples:
        results = analyzer.analyze(text=sample.text, language="en")
        for key, thr in (("presidio", 0.0), ("presidio@0.5", 0.5)):
            kept = [r for r in results if r.score >= thr]
            text = anonymizer.anonymize(text=sample.text, analyzer_results=kept).text
            out[key].append((text, [(r.entity_type, r.start, r.end) for r in kept]))
    return out


def _fmt(x: float | None) -> str:
    return "   -  " if x is None else f"{x:6.3f}"


def report(name_scores: dict[str, Score]) -> bool:
    names = list(name_scores)
    print(f"{'entity':<10}{'n':>5}  " + "  ".join(f"{n:>26}" for n in names))
    print(f"{'':<10}{'':>5}  " + "  ".join(f"{'recall  prec   leaks':>26}" for _ in names))
    for cat in CATEGORIES:
        n = next(iter(name_scores.values())).planted[cat]
        if not n:
            continue
        cells = []
        for sc in name_scores.values():
            rec = sc.caught[cat] / n
            prec = sc.correct[cat] / sc.predicted[cat] if sc.predicted[cat] else None
            cells.append(f"{_fmt(rec)} {_fmt(prec)} {sc.leaks[cat]:6d}".rjust(26))
        print(f"{cat:<10}{n:>5}  " + "  ".join(cells))
    cells = [f"{sc.spans_on_pii / sc.spans if sc.spans else 0:6.3f}".rjust(26) for sc in name_scores.values()]
    print(f"{'precision (any PII overlap)':<17}" + "  ".join(cells))
    cells = [
        f"{sc.untouched}/{sc.negatives} = {sc.untouched / max(1, sc.negatives):.3f}".rjust(26)
        for sc in name_scores.values()
    ]
    print(f"{'negatives untouched':<17}" + "  ".join(cells))
    ours = name_scores[names[0]]
    checks: dict[str, bool] = {
        "0 leaks of email/phone/SSN/card/IP": all(ours.leaks[c] == 0 for c in ZERO_LEAK),
    }
    # a target over a kind the set does not plant is not applicable (reported as such), not passed or failed
    if ours.planted["PERSON"]:
        checks["person recall >= 0.97"] = ours.caught["PERSON"] / ours.planted["PERSON"] >= 0.97
    if ours.planted["LOCATION"]:
        checks["location recall >= 0.85"] = ours.caught["LOCATION"] / ours.planted["LOCATION"] >= 0.85
    if ours.negatives:
        checks["negatives untouched >= 85%"] = ours.untouched / ours.negatives >= 0.85
    if "presidio" in name_scores:
        base = name_scores["presidio"]
        checks["person recall >= bare Presidio"] = ours.caught["PERSON"] >= base.caught["PERSON"]
    print()
    for k, v in checks.items():
        print(f"  [{'PASS' if v else 'FAIL'}] {k}")
    for k in ("person recall >= 0.97", "location recall >= 0.85", "negatives untouched >= 85%"):
        if k not in checks:
            print(f"  [n/a ] {k} (none in this set)")
    return all(checks.values())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=700, help="positive texts (default 700)")
    ap.add_argument("--neg", type=int, default=250, help="negative texts (default 250)")
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--set", choices=list(SETS), default="tuning", help="template set (default: tuning)")
    ap.add_argument(
        "--names",
        choices=["us", "world"],
        help="people's names: Faker's en_US or many origins (default: the set's own; see WORLD_NAME_SETS)",
    )
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--processes", type=int, default=1)
    ap.add_argument("--no-presidio", action="store_true", help="skip the bare-Presidio baseline")
    ap.add_argument("--no-name-pairs", action="store_true", help="Redactor(name_pairs=False)")
    ap.add_argument(
        "--show-misses", type=int, default=0, help="print up to N missed values and false positives"
    )
    args = ap.parse_args(argv)

    samples = generate(args.n, args.neg, args.seed, which=args.set, names=args.names)
    which = args.set
    names = args.names or ("world" if which in WORLD_NAME_SETS else "us")
    print(
        f"{len(samples)} texts ({args.n} with planted PII, {args.neg} negatives), {which} templates, {names} names, "
        f"seed {args.seed}"
    )
    outs, secs = run_ours(samples, args.threshold, args.processes, not args.no_name_pairs)
    print(f"this engine analysed them in {secs:.1f} s")
    scores = {"this engine": score(samples, outs, OURS_TO_CATEGORY)}
    if not args.no_presidio:
        for key, o in run_presidio(samples).items():
            scores[key] = score(samples, o, PRESIDIO_TO_CATEGORY)
    ok = report(scores)
    if args.show_misses:
        ours = scores["this engine"]
        for cat, values in ours.missed.items():
            print(f"missed {cat}: {values[: args.show_misses]}")
        print(f"false positives: {ours.false_pos[: args.show_misses]}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
