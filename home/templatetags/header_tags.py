from django import template

register = template.Library()


@register.filter
def name_words(name):
    """'Kreyòl ayisyen' → ('Kreyòl', ' ayisyen'): the first word, and the rest that a narrow
    screen may leave out so that the language switcher keeps to one line."""
    first, space, rest = str(name).partition(" ")
    return first, space + rest
