namespace Agilant.Bench.Raw;

/// <summary>
/// The emulator's answer to a signed GET /ticket/10000001 after --seed, as it writes it (indented, 847 bytes): what the
/// instant answerer, the in-process answer of the pwsh bench and the client benchmarks all answer.
/// </summary>
public static class CannedTicket
{
    public const string Json = """
        {
          "success": true,
          "error": "",
          "ticket": {
            "ticketNumber": 10000001,
            "priority": "NORMAL",
            "status": "IN_PROGRESS",
            "firstName": "John",
            "lastName": "Smith",
            "emailAddress": "johnsmith@testco.com",
            "phoneNumber": "(123) 456-7890",
            "subject": "My computer won't boot up",
            "message": "I cannot get the computer to boot into Windows",
            "replies": [
              {
                "repliedOn": "2020-02-03T07:34:16-06:00",
                "firstName": "Jane",
                "lastName": "Doe",
                "emailAddress": "janedoe@testco.com",
                "message": "Have you tried powering the system off then on?"
              },
              {
                "repliedOn": "2020-02-03T08:19:27-06:00",
                "firstName": "John",
                "lastName": "Smith",
                "emailAddress": "johnsmith@testco.com",
                "message": "Yes, I have."
              }
            ]
          }
        }
        """;
}
