using System.Globalization;
using System.Text;

namespace BorderScreening.Infra.Tests.Support;

/// <summary>
/// Parsed ARM template language expression: the text between the outer brackets of
/// "[format('{0}', parameters('x'))]". Covers what Bicep emits: calls, string and integer literals,
/// indexing and property access.
/// </summary>
internal abstract record ArmExpression
{
    public static ArmExpression Parse(string text)
    {
        var parser = new Parser(text);
        var expression = parser.ParseExpression();
        parser.SkipWhitespace();
        if (!parser.AtEnd)
        {
            throw new FormatException($"Unexpected text at {parser.Position} in ARM expression: {text}");
        }

        return expression;
    }

    private sealed class Parser(string text)
    {
        public int Position { get; private set; }

        public bool AtEnd => Position >= text.Length;

        public void SkipWhitespace()
        {
            while (!AtEnd && char.IsWhiteSpace(text[Position]))
            {
                Position++;
            }
        }

        public ArmExpression ParseExpression()
        {
            var expression = ParsePrimary();
            while (true)
            {
                SkipWhitespace();
                if (TryConsume('['))
                {
                    var index = ParseExpression();
                    Expect(']');
                    expression = new ArmIndex(expression, index);
                }
                else if (TryConsume('.'))
                {
                    expression = new ArmProperty(expression, ParseIdentifier());
                }
                else
                {
                    return expression;
                }
            }
        }

        private ArmExpression ParsePrimary()
        {
            SkipWhitespace();
            if (AtEnd)
            {
                throw new FormatException($"Unexpected end of ARM expression: {text}");
            }

            var c = text[Position];
            if (c == '\'')
            {
                return new ArmLiteral(ParseString());
            }

            if (char.IsDigit(c) || c == '-')
            {
                var start = Position++;
                while (!AtEnd && char.IsDigit(text[Position]))
                {
                    Position++;
                }

                return new ArmLiteral(long.Parse(text[start..Position], CultureInfo.InvariantCulture));
            }

            var name = ParseIdentifier();
            SkipWhitespace();
            if (!TryConsume('('))
            {
                return name switch
                {
                    "true" => new ArmLiteral(true),
                    "false" => new ArmLiteral(false),
                    "null" => new ArmLiteral(null),
                    _ => throw new FormatException($"Unknown identifier '{name}' in ARM expression: {text}"),
                };
            }

            var arguments = new List<ArmExpression>();
            SkipWhitespace();
            if (!TryConsume(')'))
            {
                do
                {
                    arguments.Add(ParseExpression());
                    SkipWhitespace();
                }
                while (TryConsume(','));
                Expect(')');
            }

            return new ArmCall(name, arguments);
        }

        private string ParseString()
        {
            Expect('\'');
            var builder = new StringBuilder();
            while (true)
            {
                if (AtEnd)
                {
                    throw new FormatException($"Unterminated string in ARM expression: {text}");
                }

                var c = text[Position++];
                if (c == '\'')
                {
                    // '' is an escaped quote inside a string literal.
                    if (!AtEnd && text[Position] == '\'')
                    {
                        builder.Append('\'');
                        Position++;
                        continue;
                    }

                    return builder.ToString();
                }

                builder.Append(c);
            }
        }

        private string ParseIdentifier()
        {
            SkipWhitespace();
            var start = Position;
            while (!AtEnd && (char.IsLetterOrDigit(text[Position]) || text[Position] == '_'))
            {
                Position++;
            }

            if (start == Position)
            {
                throw new FormatException($"Identifier expected at {start} in ARM expression: {text}");
            }

            return text[start..Position];
        }

        private bool TryConsume(char c)
        {
            SkipWhitespace();
            if (!AtEnd && text[Position] == c)
            {
                Position++;
                return true;
            }

            return false;
        }

        private void Expect(char c)
        {
            if (!TryConsume(c))
            {
                throw new FormatException($"'{c}' expected at {Position} in ARM expression: {text}");
            }
        }
    }
}

internal sealed record ArmLiteral(object? Value) : ArmExpression;

internal sealed record ArmCall(string Name, IReadOnlyList<ArmExpression> Arguments) : ArmExpression;

internal sealed record ArmIndex(ArmExpression Target, ArmExpression Index) : ArmExpression;

internal sealed record ArmProperty(ArmExpression Target, string Name) : ArmExpression;
