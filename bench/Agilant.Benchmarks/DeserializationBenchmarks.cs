using System;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using Agilant.Bench.Raw;
using Agilant.Client.Http;
using Agilant.Client.Json;
using BenchmarkDotNet.Attributes;

namespace Agilant.Benchmarks;

/// <summary>
/// Reading the emulator's answer to GET /ticket/10000001 into a ticket. The module's side is what ApiTransport and
/// ApiAnswer do today (the envelope checked on the bytes, then the payload deserialized from them): keep it in step
/// when they change.
/// </summary>
[MemoryDiagnoser]
public class DeserializationBenchmarks
{
    private readonly byte[] answer = Encoding.UTF8.GetBytes(Samples.TicketAnswer);
    private readonly ApiCall call = new ApiCall(HttpMethod.Get, "/ticket/10000001", AgilantApi.Ticketing);

    /// <summary>Once, from the bytes, into POCOs with plain options.</summary>
    [Benchmark(Baseline = true)]
    public RawTicket Raw() => JsonSerializer.Deserialize<RawTicketAnswer>(answer, RawJson.Options)!.Ticket!;

    /// <summary>Once, from the bytes, into the module's Ticket with the module's options: what reading once would cost.</summary>
    [Benchmark]
    public Ticket ModuleReadOnce() => JsonSerializer.Deserialize<TicketAnswer>(answer, AgilantJson.Options)!.Ticket!;

    [Benchmark]
    public Ticket Module()
    {
        ReadOnlyMemory<byte> body = EnvelopeReader.WithoutBom(answer);
        Envelope? envelope = EnvelopeReader.Read(body.Span);
        if (envelope is null || envelope.Failed)
        {
            throw new InvalidOperationException("The sample answer is no successful envelope.");
        }

        return new ApiAnswer(call, body, envelope).Read<Ticket>("ticket");
    }

    public sealed class TicketAnswer
    {
        public bool Success { get; set; }

        public string? Error { get; set; }

        public Ticket? Ticket { get; set; }
    }
}
