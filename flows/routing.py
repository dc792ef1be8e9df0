"""Words and intents that move a conversation, whatever flow it is in.

Emergency words are matched on the whole message (any language, with or without diacritics):
the strong ones anywhere in it, the everyday ones ("help", "ayuda") only when the message is short,
so "help me check an offer" is not an emergency but "help!" is.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "BACK_WORDS",
    "GREETING_WORDS",
    "INTENT_FLOWS",
    "MENU_WORDS",
    "NO_WORDS",
    "THANKS_WORDS",
    "YES_WORDS",
    "is_emergency",
    "words_of",
]

MENU_WORDS = frozenset(
    {"menu", "/menu", "start", "/start", "main menu", "menü", "меню", "menú", "meniu", "thực đơn", "danh mục"}
)
BACK_WORDS = frozenset(
    {
        "back", "/back", "wstecz", "cofnij", "powrót", "powrot", "назад", "atrás", "atras", "volver",
        "regresar", "înapoi", "inapoi", "quay lại", "quay lai", "trở lại", "tro lai",
    }
)  # fmt: skip
GREETING_WORDS = frozenset(
    {
        "hello", "hi", "hey", "good morning", "dzień dobry", "dzien dobry", "cześć", "czesc", "witam",
        "привіт", "добрий день", "вітаю", "привет", "здравствуйте", "добрый день", "hola",
        "buenos días", "buenos dias", "buenas", "bună", "buna", "salut", "bună ziua", "buna ziua",
        "xin chào", "xin chao", "chào", "chao",
    }
)  # fmt: skip
# Typed as the answer to a yes/no question.
YES_WORDS = frozenset(
    {"yes", "yeah", "yep", "y", "tak", "так", "да", "sí", "si", "da", "có", "co", "vâng", "vang", "dạ", "ừ"}
)
NO_WORDS = frozenset({"no", "nope", "n", "nie", "ні", "нi", "нет", "не", "nu", "không", "khong", "ko"})
THANKS_WORDS = frozenset(
    {
        "thanks", "thank you", "thx", "dziękuję", "dziekuje", "dzięki", "dzieki", "дякую", "спасибо",
        "благодарю", "gracias", "muchas gracias", "mulțumesc", "multumesc", "mersi", "cảm ơn", "cam on",
        "cám ơn",
    }
)  # fmt: skip

# Anywhere in a message: these mean danger now.
_STRONG = (
    "sos", "112", "pomocy", "ratunku", "ratuj", "рятуйте", "допоможіть", "помогите", "спасите",
    "auxilio", "socorro", "salvați-mă", "salvati-ma", "cứu tôi", "cuu toi", "cứu với", "cuu voi",
    "cứu em", "cuu em",
)  # fmt: skip
# Alone or nearly (at most three words): a plea for help.
_SHORT = (
    "help", "help me", "please help", "pomoc", "pomóż", "pomoz", "pomóż mi", "pomoz mi", "допоможи",
    "допоможи мені", "допомога", "помоги", "помогите мне", "помощь", "ayuda", "ayúdame", "ayudame",
    "ajutor", "ajută-mă", "ajuta-ma", "ajutați-mă", "ajutati-ma", "cứu", "cuu", "giúp tôi", "giup toi",
    "giúp em", "giup em", "giúp với", "giup voi",
)  # fmt: skip

# Buttons by which the person says the danger is now (flows/data/concern.yaml, "I'm in danger now"). Even
# while a consultant has the conversation, pressing one gets the emergency numbers at once.
DANGER_BUTTONS = frozenset({"f:concern:high:danger"})

# The NLU's intents that open a flow; greet shows the menu.
INTENT_FLOWS = {
    "greet": "menu",
    "safe_job_abroad": "abroad",
    "check_job_offer": "offer",
    "warning_signs": "signs",
    "rights": "rights",
    "contacts": "numbers",
    "talk_to_human": "talk",
    "report_situation": "situation",
    "emergency": "sos",
}


def words_of(text: str) -> str:
    """Lower-case words separated by single spaces, punctuation gone: 'Help!!' -> 'help'."""
    text = unicodedata.normalize("NFC", text).lower()
    return " ".join(re.findall(r"[\w'-]+", text)).replace("'", "")


def is_emergency(text: str) -> bool:
    said = words_of(text)
    if not said:
        return False
    padded = f" {said} "
    if any(f" {w} " in padded for w in _STRONG):
        return True
    return len(said.split()) <= 3 and any(f" {w} " in padded for w in _SHORT)
